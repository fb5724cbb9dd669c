#!/usr/bin/env bash
# Builds a story's embedded basemap (small TopoJSON files in <content>/basemap/) from npm packages,
# with detail where the story zooms in: `npm run data:basemap` (CONTENT_DIR, default data/).
#
# The heavy inputs (world-atlas 2.0.2, @geo-maps/earth-seas-10m at 37 MB, mapshaper) are NOT
# dependencies of the site: they are installed on demand into .cache/basemap-tools (gitignored),
# and only the small output files are committed.
#
# The tiers come from the story's places (scripts/basemap-tiers.mjs says how), and the script
# writes basemap/tiers.yaml, which lists them for the live map and the build-time pictures:
#   world.json          object `countries`: world-atlas countries-110m, with holes where the detail
#                       tiers take over (rings that cross ±180° are cut there first, so that the
#                       planar clip does not stretch them across the map)
#   detail-<slug>.json  object `countries`: world-atlas countries-50m clipped to a box around the
#                       story's cities, ports and sites
#   coast-<slug>.json   objects `sea` and `land`: @geo-maps/earth-seas-10m clipped to a box around
#                       a port (world-atlas puts many ports in the sea); `land` is that box minus the
#                       sea, so the two layers share their coastline arcs and tile the box exactly.
# Each country feature has `id` (world-atlas zero-padded ISO 3166-1 numeric string) and
# properties `{ name }`. Renames/fixes applied to world-atlas data:
#   - "Macedonia" (id "807") is renamed "North Macedonia" (the id is kept);
#   - Kosovo has no id in world-atlas: it is given id "XKX" (name stays "Kosovo").
#
# data/basemap/ (world, balkans, coast) was made before the tiers were derived from the places and
# is kept as it is, so its pictures do not change: the script leaves it alone unless asked with
# `npm run data:basemap -- --regenerate`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONTENT="$(cd "$ROOT" && realpath "${CONTENT_DIR:-data}")"
if [[ "$CONTENT" == "$ROOT/data" && "${1:-}" != "--regenerate" ]]; then
  echo "data/basemap is kept as it was made (see the top of this script); to derive it from the"
  echo "places anyway: npm run data:basemap -- --regenerate"
  exit 0
fi
TOOLS="$ROOT/.cache/basemap-tools"
OUT="$CONTENT/basemap"
NM="$TOOLS/node_modules"
MAPSHAPER="$NM/.bin/mapshaper"
WORLD_ATLAS="$NM/world-atlas"
SEAS="$NM/@geo-maps/earth-seas-10m/map.geo.json"

# 1. Tools and inputs, outside the project's normal install.
if [[ -x "$MAPSHAPER" && -f "$WORLD_ATLAS/countries-50m.json" && -f "$SEAS" ]] &&
  grep -q '"version": "2.0.2"' "$WORLD_ATLAS/package.json"; then
  echo "basemap tools already present in $TOOLS"
else
  echo "installing basemap tools into $TOOLS (one-off, ~150 MB)"
  mkdir -p "$TOOLS"
  npm install --no-save --omit=optional --no-audit --no-fund --prefix "$TOOLS" \
    mapshaper@0.7 world-atlas@2.0.2 @geo-maps/earth-seas-10m@0.6.0
fi

mkdir -p "$OUT"
rm -f "$OUT"/*.json
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Common attribute fixes for world-atlas countries. mapshaper imports the TopoJSON `id` as the
# field FID; it is written back as the feature id by `-o id-field=FID`.
FIX_COUNTRIES=(
  -filter-fields FID,name
  -each 'if (name === "Macedonia") name = "North Macedonia"'
  -each 'if (name === "Kosovo" && (FID === null || FID === undefined || FID === "")) FID = "XKX"'
)

# world-atlas stitches polygons across the antimeridian, and mapshaper's -clip reads lon/lat as a
# plane, where such a ring spans the globe: cut-antimeridian.mjs cuts those rings at ±180° first.
node "$ROOT/scripts/cut-antimeridian.mjs" "$WORLD_ATLAS/countries-110m.json" countries \
  "$TMP/countries-110m.geojson"
node "$ROOT/scripts/cut-antimeridian.mjs" "$WORLD_ATLAS/countries-50m.json" countries \
  "$TMP/countries-50m.geojson"

# 2. The detail and coast tiers, as the places call for them.
ERASE=()
while read -r name kind bbox; do
  if [[ "$kind" == countries ]]; then
    "$MAPSHAPER" -i "$TMP/countries-50m.geojson" name=countries \
      "${FIX_COUNTRIES[@]}" \
      -clip bbox="$bbox" remove-slivers \
      -simplify dp interval=100 keep-shapes \
      -o "$OUT/$name.json" format=topojson id-field=FID quantization=100000
    ERASE+=(-erase bbox="$bbox" remove-slivers)
  else
    # Douglas-Peucker with a 100 m interval bounds the deviation from the source coastline to 100 m.
    "$MAPSHAPER" -i "$SEAS" name=sea \
      -clip bbox="$bbox" \
      -dissolve \
      -rectangle bbox="$bbox" name=land \
      -erase sea target=land \
      -simplify dp interval=100 target=sea,land \
      -o "$OUT/$name.json" format=topojson target=sea,land quantization=100000
  fi
done < <(node "$ROOT/scripts/basemap-tiers.mjs" plan "$CONTENT")

# 3. world.json: the light overview layer, with holes where the detail tiers take over, so that
#    they tile: no double borders where 110m and 50m outlines differ.
"$MAPSHAPER" -i "$TMP/countries-110m.geojson" name=countries \
  -target countries \
  "${FIX_COUNTRIES[@]}" \
  -clip bbox=-180,-85,180,85 remove-slivers \
  "${ERASE[@]}" \
  -simplify 45% keep-shapes \
  -o "$OUT/world.json" format=topojson id-field=FID quantization=30000

# 4. The list of tiers, for the live map and the pictures.
node "$ROOT/scripts/basemap-tiers.mjs" manifest "$CONTENT"

echo
echo "basemap files in $OUT (raw / gzip bytes):"
for file in "$OUT"/*.json; do
  printf '  %-28s %7d / %6d\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done
