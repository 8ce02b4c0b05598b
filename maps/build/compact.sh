#!/usr/bin/env bash
# Regenerates the compact base map the jar ships (src/main/resources/org/borderwatch/geo/basemap.bwmap)
# from maps/*.geojson: run it after build.sh has rebuilt the GeoJSON, and commit both.
#
#   bash maps/build/compact.sh        (from the repository root; needs Maven and a JDK 17+)
#
# The test CompactMapTest fails while the committed file differs from what the GeoJSON gives.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
mvn -q -o compile
cp="$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -Xmx2g -cp "target/classes:$cp" org.borderwatch.geo.CompactMapWriter maps \
  src/main/resources/org/borderwatch/geo/basemap.bwmap
