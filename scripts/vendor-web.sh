#!/usr/bin/env bash
# Copy the dashboard's browser libraries from npm (exact versions of package-lock.json) into
# picketline/web/static/vendor/, and keep axe-core (for the accessibility tests) in
# build/web/node_modules. Run by scripts/setup-venv.sh; safe to run again. The copied files are
# committed as well, so a checkout serves the dashboard even where npm is missing; this script
# rebuilds them byte for byte from the lock file. The app never loads anything from a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
  echo "vendor-web: npm not found; keeping the committed picketline/web/static/vendor files" >&2
  exit 0
fi
BUILD=build/web
mkdir -p "$BUILD"
cp package.json package-lock.json "$BUILD"/
if ! ( cd "$BUILD" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null ); then
  echo "vendor-web: npm ci failed; keeping the committed picketline/web/static/vendor files" \
       "(without build/web/node_modules/axe-core the accessibility test cannot run)" >&2
  exit 0
fi
NM="$BUILD/node_modules"
OUT=picketline/web/static/vendor
mkdir -p "$OUT/swagger-ui" "$OUT/atlas"
cp "$NM/d3-array/dist/d3-array.min.js" "$NM/d3-geo/dist/d3-geo.min.js" \
   "$NM/topojson-client/dist/topojson-client.min.js" "$OUT/"
cp "$NM/us-atlas/states-10m.json" "$NM/world-atlas/countries-110m.json" "$OUT/atlas/"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" \
   "$OUT/swagger-ui/"
{
  echo "Files copied from npm by scripts/vendor-web.sh (versions: package-lock.json)."
  for p in d3-array d3-geo topojson-client us-atlas world-atlas swagger-ui-dist; do
    node -e "const p=require('./$NM/$p/package.json');console.log(p.name+' '+p.version+' ('+p.license+')')"
  done
} > "$OUT/VERSIONS.txt"
for p in d3-array d3-geo topojson-client us-atlas world-atlas swagger-ui-dist; do
  for f in LICENSE LICENSE.txt LICENSE.md; do
    [ -f "$NM/$p/$f" ] && cp "$NM/$p/$f" "$OUT/LICENSE.$p" && break
  done
done
echo "vendor-web: $(ls "$OUT" | wc -l) files in $OUT; axe-core in $NM/axe-core" >&2
