// Turns a world-atlas TopoJSON object into GeoJSON whose polygons are cut at the antimeridian, for
// tools that read lon/lat as a flat plane (mapshaper's -clip and -erase).
//
//   node scripts/cut-antimeridian.mjs <in.topojson> <object> <out.geojson>
//
// world-atlas stitches its polygons across ±180° (a ring may step from 179.9 to -179.9), which is
// right on the sphere but, read as planar lon/lat, makes that ring span the whole width of the
// map: Fiji became a strip round the globe, and Russia's Arctic coast a band from -180 to 180.
// d3-geo's equirectangular projection, scaled to degrees, cuts such rings at the antimeridian and
// closes them along it; with precision(0) it adds no points, so every other ring comes out as it
// went in. Each feature keeps its id as the property FID (as mapshaper names a TopoJSON id) and
// its other properties.
import fs from 'node:fs';
import { geoEquirectangular, geoStream } from 'd3-geo';
import { feature } from 'topojson-client';

/** @typedef {[number, number]} Point */
/** @typedef {Point[]} Ring */

const [input, objectName, output] = process.argv.slice(2);
if (!input || !objectName || !output) {
	console.error('usage: node scripts/cut-antimeridian.mjs <in.topojson> <object> <out.geojson>');
	process.exit(2);
}

// x = lon, y = lat, in degrees.
const projection = geoEquirectangular()
	.scale(180 / Math.PI)
	.translate([0, 0])
	.reflectY(true)
	.precision(0);

/** Drops the float noise of the degrees -> radians -> degrees round trip (1e-9° is ~0.1 mm). */
const clean = (/** @type {number} */ v) => Math.round(v * 1e9) / 1e9;

/** Twice the signed planar area of a closed ring: negative when clockwise (x east, y north). */
function signedArea(/** @type {Ring} */ ring) {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const [x0, y0] = /** @type {Point} */ (ring[i - 1]);
		const [x1, y1] = /** @type {Point} */ (ring[i]);
		sum += x0 * y1 - x1 * y0;
	}
	return sum;
}

/** Even-odd test of a point against a closed ring. */
function ringContains(/** @type {Ring} */ ring, /** @type {Point} */ [x, y]) {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = /** @type {Point} */ (ring[i]);
		const [xj, yj] = /** @type {Point} */ (ring[j]);
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/**
 * The projected rings of a (multi)polygon, regrouped into polygons: d3 winds outer rings
 * clockwise and holes anticlockwise, and each hole goes to the outer ring that holds it.
 * @param {import('geojson').Geometry} geometry
 * @returns {import('geojson').Polygon | import('geojson').MultiPolygon | null}
 */
function cut(geometry) {
	/** @type {Ring[]} */
	const rings = [];
	/** @type {Ring} */
	let ring = [];
	const sink = {
		point(/** @type {number} */ x, /** @type {number} */ y) {
			ring.push([clean(x), clean(y)]);
		},
		lineStart() {
			ring = [];
		},
		lineEnd() {
			const first = ring[0];
			if (!first || ring.length < 3) return;
			const last = /** @type {Point} */ (ring[ring.length - 1]);
			if (last[0] !== first[0] || last[1] !== first[1]) ring.push([first[0], first[1]]);
			if (ring.length >= 4) rings.push(ring);
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {
			throw new Error('cut-antimeridian: a polygon covers the whole sphere (wrong winding?)');
		}
	};
	geoStream(geometry, projection.stream(sink));
	const outers = rings.filter((r) => signedArea(r) < 0).map((r) => [r]);
	for (const hole of rings.filter((r) => signedArea(r) > 0)) {
		const start = /** @type {Point} */ (hole[0]);
		const owner = outers.find((p) => ringContains(/** @type {Ring} */ (p[0]), start));
		if (!owner) throw new Error('cut-antimeridian: a hole outside every outer ring');
		owner.push(hole);
	}
	if (outers.length === 0) return null;
	if (outers.length === 1)
		return { type: 'Polygon', coordinates: /** @type {Ring[]} */ (outers[0]) };
	return { type: 'MultiPolygon', coordinates: outers };
}

const topology = JSON.parse(fs.readFileSync(input, 'utf8'));
const object = topology.objects[objectName];
if (!object) throw new Error(`cut-antimeridian: ${input} has no object "${objectName}"`);
const collection = /** @type {import('geojson').FeatureCollection} */ (feature(topology, object));
const features = collection.features.map((f) => ({
	type: 'Feature',
	properties: { FID: f.id ?? null, ...f.properties },
	geometry: f.geometry && cut(f.geometry)
}));
fs.writeFileSync(output, JSON.stringify({ type: 'FeatureCollection', features }));
