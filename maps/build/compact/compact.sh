#!/usr/bin/env bash
# Regenerates the compact base map the jar ships (src/main/resources/org/borderwatch/geo/basemap.bwmap)
# from maps/*.geojson: run it after build.sh has rebuilt the GeoJSON, and commit both.
#
#   bash maps/build/compact/compact.sh   (from anywhere; needs Maven and a JDK 17+)
#
# The test CompactMapTest fails while the committed file differs from what the GeoJSON gives.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"
mvn -q -o compile
cp="$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "target/classes:$cp" "$here/BuildCompactMap.java"
java -Xmx2g -cp "$out:target/classes:$cp" BuildCompactMap maps src/main/resources/org/borderwatch/geo/basemap.bwmap
