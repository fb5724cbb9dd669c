#!/usr/bin/env bash
# Builds the embedded basemap (small TopoJSON files in static/basemap/) from npm packages.
#
# The heavy inputs (world-atlas 2.0.2, @geo-maps/earth-seas-10m at 37 MB, mapshaper) are NOT
# dependencies of the site: they are installed on demand into .cache/basemap-tools (gitignored),
# and only the small output files are committed. Re-run with `npm run data:basemap`.
#
# Outputs (all WGS84 lon/lat, TopoJSON, quantized):
#   world.json   object `countries`: world-atlas countries-110m clipped to lon -130..110, lat -35..80
#                less the balkans.json box (rings that cross ±180° are cut there first, so that
#                the planar clip does not stretch them across the map)
#   balkans.json object `countries`: world-atlas countries-50m clipped to lon 12..30, lat 36..47
#   coast.json   objects `sea` and `land`: @geo-maps/earth-seas-10m clipped to the Albanian coast
#                (lon 18.8..20.2, lat 40.8..42.0); `land` is that box minus the sea, so the two
#                layers share their coastline arcs and tile the box exactly.
# Each country feature has `id` (world-atlas zero-padded ISO 3166-1 numeric string) and
# properties `{ name }`. Renames/fixes applied to world-atlas data:
#   - "Macedonia" (id "807") is renamed "North Macedonia" (the id is kept);
#   - Kosovo has no id in world-atlas: it is given id "XKX" (name stays "Kosovo").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.cache/basemap-tools"
OUT="$ROOT/static/basemap"
NM="$TOOLS/node_modules"
MAPSHAPER="$NM/.bin/mapshaper"
WORLD_ATLAS="$NM/world-atlas"
SEAS="$NM/@geo-maps/earth-seas-10m/map.geo.json"

WORLD_BBOX="-130,-35,110,80"
BALKANS_BBOX="12,36,30,47"
COAST_BBOX="18.8,40.8,20.2,42.0"

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
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Common attribute fixes for world-atlas countries. mapshaper imports the TopoJSON `id` as the
# field FID; it is written back as the feature id by `-o id-field=FID`.
FIX_COUNTRIES=(
  -filter-fields FID,name
  -each 'if (name === "Macedonia") name = "North Macedonia"'
  -each 'if (name === "Kosovo" && (FID === null || FID === undefined || FID === "")) FID = "XKX"'
)

# 2. world.json: light overview layer, with a hole where balkans.json takes over, so the two tile
#    together: no double borders where 110m and 50m outlines differ.
#    world-atlas stitches polygons across the antimeridian, and mapshaper's -clip reads lon/lat as
#    a plane, where such a ring spans the globe (Fiji became a strip across the map, Russia's
#    Arctic coast a band over the Barents and Kara Seas). cut-antimeridian.mjs cuts those rings
#    at ±180° first (d3-geo), writing GeoJSON with the TopoJSON id as the property FID.
#    (The balkans.json box lies far from the antimeridian and from any ring that crosses it.)
node "$ROOT/scripts/cut-antimeridian.mjs" "$WORLD_ATLAS/countries-110m.json" countries \
  "$TMP/countries-110m.geojson"
"$MAPSHAPER" -i "$TMP/countries-110m.geojson" name=countries \
  -target countries \
  "${FIX_COUNTRIES[@]}" \
  -clip bbox="$WORLD_BBOX" remove-slivers \
  -erase bbox="$BALKANS_BBOX" remove-slivers \
  -simplify 45% keep-shapes \
  -o "$OUT/world.json" format=topojson id-field=FID quantization=30000

# 3. balkans.json: more detailed regional layer.
"$MAPSHAPER" -i "$WORLD_ATLAS/countries-50m.json" \
  -target countries \
  "${FIX_COUNTRIES[@]}" \
  -clip bbox="$BALKANS_BBOX" remove-slivers \
  -simplify dp interval=100 keep-shapes \
  -o "$OUT/balkans.json" format=topojson id-field=FID quantization=100000

# 4. coast.json: accurate coast around Durrës and Porto Romano.
#    Douglas-Peucker with a 100 m interval bounds the deviation from the source coastline to 100 m.
"$MAPSHAPER" -i "$SEAS" name=sea \
  -clip bbox="$COAST_BBOX" \
  -dissolve \
  -rectangle bbox="$COAST_BBOX" name=land \
  -erase sea target=land \
  -simplify dp interval=100 target=sea,land \
  -o "$OUT/coast.json" format=topojson target=sea,land quantization=100000

echo
echo "basemap files (raw / gzip bytes):"
for f in world balkans coast; do
  file="$OUT/$f.json"
  printf '  %-13s %7d / %6d\n' "$f.json" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done
