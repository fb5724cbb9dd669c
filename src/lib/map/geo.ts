/**
 * Small geometry helpers for the story map.
 *
 * Coordinate order: points handed to these functions are `[lat, lng]` (Leaflet's order), while
 * GeoJSON geometries keep their own `[lng, lat]` order. The functions do the swap internally,
 * so callers never mix the two.
 *
 * Everything is planar in lon/lat degrees, which is exact enough for point-in-polygon tests on
 * small regional layers; nothing here handles the antimeridian.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** A point as Leaflet writes it: latitude first. */
export type LatLng = readonly [lat: number, lng: number];

/** South-west and north-east corners, as Leaflet's `fitBounds` accepts them. */
export type LatLngBounds = [
	southWest: [lat: number, lng: number],
	northEast: [lat: number, lng: number]
];

/**
 * Whether (x, y) lies inside a closed ring, by even-odd ray casting.
 * The ring may be open or closed (first point repeated); points exactly on an edge may fall
 * either way.
 */
function isInsideRing(x: number, y: number, ring: readonly Position[]): boolean {
	let inside = false;
	const n = ring.length;
	for (let i = 0, j = n - 1; i < n; j = i++) {
		const a = ring[i];
		const b = ring[j];
		if (a === undefined || b === undefined) continue;
		const [xi = NaN, yi = NaN] = a;
		const [xj = NaN, yj = NaN] = b;
		// The edge straddles the horizontal line through y, and crosses it to the right of x.
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
			inside = !inside;
		}
	}
	return inside;
}

/** Polygon rings: the first is the outer boundary, the others are holes. */
function isInsidePolygonRings(x: number, y: number, rings: readonly Position[][]): boolean {
	const [outer, ...holes] = rings;
	if (outer === undefined || !isInsideRing(x, y, outer)) return false;
	return !holes.some((hole) => isInsideRing(x, y, hole));
}

/**
 * Whether a `[lat, lng]` point lies inside a GeoJSON Polygon or MultiPolygon, holes excluded.
 */
export function isPointInPolygon(point: LatLng, geometry: Polygon | MultiPolygon): boolean {
	const [lat, lng] = point;
	if (geometry.type === 'Polygon') return isInsidePolygonRings(lng, lat, geometry.coordinates);
	return geometry.coordinates.some((polygon) => isInsidePolygonRings(lng, lat, polygon));
}

/**
 * Whether a `[lat, lng]` point lies inside any polygonal part of a GeoJSON geometry.
 * Points and lines have no inside, so they never contain a point; a GeometryCollection
 * contains the point when one of its members does; `null` (a feature without geometry) never does.
 */
export function isPointInGeometry(point: LatLng, geometry: Geometry | null): boolean {
	if (geometry === null) return false;
	switch (geometry.type) {
		case 'Polygon':
		case 'MultiPolygon':
			return isPointInPolygon(point, geometry);
		case 'GeometryCollection':
			return geometry.geometries.some((member) => isPointInGeometry(point, member));
		default:
			return false;
	}
}

/**
 * The bounding box of `[lat, lng]` points as `[[south, west], [north, east]]`.
 * Throws on an empty list (there is no box to give) or on a non-finite coordinate.
 */
export function boundsOf(points: readonly LatLng[]): LatLngBounds {
	if (points.length === 0) throw new Error('boundsOf: no points');
	let south = Infinity;
	let west = Infinity;
	let north = -Infinity;
	let east = -Infinity;
	for (const [lat, lng] of points) {
		if (!Number.isFinite(lat) || !Number.isFinite(lng)) {
			throw new Error(`boundsOf: not a finite point: [${lat}, ${lng}]`);
		}
		south = Math.min(south, lat);
		north = Math.max(north, lat);
		west = Math.min(west, lng);
		east = Math.max(east, lng);
	}
	return [
		[south, west],
		[north, east]
	];
}
