/**
 * Which part of the world the map should show for a set of places: pure, so it is tested without
 * a map. The map component only applies the result.
 */
import type { PlaceKind } from '$lib/content/schema';
import { boundsOf, type LatLng, type LatLngBounds } from './geo';

export interface ViewPlace {
	lat: number;
	lng: number;
	kind: PlaceKind;
	approximate: boolean;
	radiusKm?: number;
}

export type MapView =
	| { kind: 'bounds'; bounds: LatLngBounds; maxZoom: number }
	| { kind: 'center'; center: [number, number]; zoom: number };

/** How close to come to a single place of each kind. */
export const zoomFor: Record<PlaceKind, number> = {
	port: 11,
	city: 9,
	site: 9,
	region: 6,
	sea: 6,
	country: 7
};

const KM_PER_DEGREE = 111.32;

/** The corners of the circle drawn for an approximate place. */
export function circleCorners(lat: number, lng: number, radiusKm: number): [LatLng, LatLng] {
	const dLat = radiusKm / KM_PER_DEGREE;
	const dLng = radiusKm / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
	return [
		[lat - dLat, lng - dLng],
		[lat + dLat, lng + dLng]
	];
}

/**
 * The view that shows every given place: one place at the zoom its kind calls for, several by
 * their bounds, an approximate place with its whole circle.
 */
export function viewForPlaces(places: readonly ViewPlace[]): MapView | null {
	if (!places.length) return null;
	const points: LatLng[] = places.flatMap((p) =>
		p.approximate && p.radiusKm
			? circleCorners(p.lat, p.lng, p.radiusKm)
			: [[p.lat, p.lng] as LatLng]
	);
	const maxZoom = Math.min(...places.map((p) => zoomFor[p.kind]));
	const only = places[0]!;
	if (places.length === 1 && !(only.approximate && only.radiusKm))
		return { kind: 'center', center: [only.lat, only.lng], zoom: zoomFor[only.kind] };
	return { kind: 'bounds', bounds: boundsOf(points), maxZoom };
}

/** True when two views are the same, so the map skips re-applying it (no feedback loops). */
export function sameView(a: MapView | null, b: MapView | null): boolean {
	if (a === b) return true;
	if (!a || !b || a.kind !== b.kind) return false;
	if (a.kind === 'center' && b.kind === 'center')
		return a.zoom === b.zoom && a.center[0] === b.center[0] && a.center[1] === b.center[1];
	if (a.kind === 'bounds' && b.kind === 'bounds')
		return a.maxZoom === b.maxZoom && a.bounds.flat().every((v, i) => v === b.bounds.flat()[i]);
	return false;
}

/**
 * Points along a gentle arc from one place to another (a quadratic curve bowed to the left of the
 * line), for connections such as "attack attributed to Tehran" → Tirana.
 */
export function arcPoints(from: LatLng, to: LatLng, steps = 32, bend = 0.18): [number, number][] {
	const [y0, x0] = from;
	const [y1, x1] = to;
	const mx = (x0 + x1) / 2;
	const my = (y0 + y1) / 2;
	const cx = mx - (y1 - y0) * bend;
	const cy = my + (x1 - x0) * bend;
	const out: [number, number][] = [];
	for (let i = 0; i <= steps; i++) {
		const t = i / steps;
		const u = 1 - t;
		out.push([u * u * y0 + 2 * u * t * cy + t * t * y1, u * u * x0 + 2 * u * t * cx + t * t * x1]);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Leaflet's arithmetic, without Leaflet: where its fitBounds lands for a box of a given size. The
// story page shows a picture of the overview until the live map starts, and puts it exactly where
// the live map will draw the same view.

/** Leaflet's zoomSnap on every map of the site. */
export const ZOOM_SNAP = 0.25;
/** The map's zoom limits. */
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 13;

const MAX_LAT = 85.0511287798;

/** Web Mercator y of a latitude, as a fraction of the world's height (0 north, 1 south). */
function mercatorY(lat: number): number {
	const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** The point in the middle of a box as the map draws it (Mercator), not the mean latitude. */
export function boundsCentre([[s, w], [n, e]]: LatLngBounds): [number, number] {
	const y = (mercatorY(n) + mercatorY(s)) / 2;
	const lat = ((2 * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - Math.PI / 2) * 180) / Math.PI;
	return [lat, (w + e) / 2];
}

/** The room kept around a fitted view: 12% of the map's shorter side, on every edge. */
export const fitPadding = (width: number, height: number) =>
	Math.round(Math.min(width, height) * 0.12);

/**
 * The zoom Leaflet's `fitBounds(bounds, { padding: [p, p], maxZoom })` picks for a map of
 * `width` × `height` pixels, with ZOOM_SNAP and the zoom limits above.
 */
export function fitZoom(view: Extract<MapView, { kind: 'bounds' }>, width: number, height: number) {
	const [[s, w], [n, e]] = view.bounds;
	const pad = fitPadding(width, height);
	// The box's size in pixels at zoom 0 (the world is 256 pixels wide there).
	const bw = ((e - w) / 360) * 256;
	const bh = (mercatorY(s) - mercatorY(n)) * 256;
	let zoom = Math.log2(Math.min((width - 2 * pad) / bw, (height - 2 * pad) / bh));
	// Leaflet rounds to a hundredth of a snap first, then snaps down.
	zoom = Math.round(zoom / (ZOOM_SNAP / 100)) * (ZOOM_SNAP / 100);
	zoom = Math.floor(zoom / ZOOM_SNAP) * ZOOM_SNAP;
	zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
	return Math.min(view.maxZoom, zoom);
}
