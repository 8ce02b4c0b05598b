#!/usr/bin/env bash
# Measures what the full-resolution GSHHG shoreline (Debian gmt-gshhg-full) would give the map
# against the OpenStreetMap outlines it is built from, in boxes of the border zones. The figures
# are in maps/SOURCES.md ("Known limits"). Run build.sh once first (it fetches the OSM polygons).
#
#   bash maps/build/evaluate/compare.sh     (needs Maven, a JDK 17+, gmt and gmt-gshhg-full)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "$here/.." && pwd)"
root="$(cd "$build/../.." && pwd)"
cache="$build/cache"
land="$cache/countries-land-100m.geo.json"
if [[ ! -f "$land" ]]; then
  echo "compare.sh: $land is missing; run maps/build/build.sh first" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# every GSHHG level (coast, lakes, islands in lakes, ponds), full resolution, no area limit
(cd "$out" && gmt coast -R21/33/50.5/70.2 -Df -W -M -A0 > gshhg.txt)
cp="$(cd "$root" && mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
javac -d "$out/classes" -cp "$cp" "$build"/*.java "$here/CompareShorelines.java"
java -Xmx4g -cp "$out/classes:$cp" CompareShorelines "$land" "$out/gshhg.txt" "$root/maps" \
  vaalimaa:27.5,27.95,60.45,60.65 \
  hamina-kotka:26.8,27.5,60.35,60.6 \
  vyborg-bay:28.4,29.0,60.4,60.8 \
  koivisto:28.5,29.3,60.1,60.45 \
  pechenga:30.5,31.6,69.45,69.9 \
  imatra-saimaa:28.45,29.05,61.0,61.3 \
  ladoga-north-west:30.0,30.9,61.4,61.8 \
  south-east-finland:27.5,29.5,60.5,61.5 \
  bug-brest:23.5,24.0,51.9,52.3 \
  kuznica:23.45,23.9,53.4,53.65 \
  terespol:23.45,23.85,51.95,52.2
