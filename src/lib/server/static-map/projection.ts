/**
 * Where the picture looks and how it projects: the view that fits a set of places (countries by
 * their outline), and the Mercator projection that puts a view on the canvas at the zoom Leaflet
 * would use, thinned so that points too close to tell apart are not written.
 */
import {
	geoBounds,
	geoMercator,
	type GeoProjection,
	type GeoStream,
	type GeoStreamWrapper
} from 'd3-geo';
import type { PlaceKind } from '$lib/content/schema';
import { boundsOf, type LatLng } from '$lib/map/geo';
import { circleCorners, zoomFor, type MapView } from '$lib/map/view';
import { basemap, countriesFor } from './basemap-data';
import type { MapPlace } from './types';

/** Countries wider or taller than this are shown around their label point, not whole. */
const MAX_FITTED_COUNTRY_DEGREES = 25;
/** The zoom for a huge country shown around its label point. */
const HUGE_COUNTRY_ZOOM = 4;

/**
 * Outside the detailed tiers the basemap is the coarse world tier (1:110m), whose coastlines turn
 * into visible polygons beyond this zoom.
 */
const WORLD_TIER_MAX_ZOOM = 5;

/** The points a place needs in view: its circle, its whole outline, or itself. */
function extentOf(p: MapPlace): LatLng[] {
	if (p.approximate && p.radiusKm) return circleCorners(p.lat, p.lng, p.radiusKm);
	if (p.kind === 'country' && p.polygon) {
		const parts = countriesFor([p.polygon]).map((f) => geoBounds(f));
		if (parts.length) {
			const corners = parts.flatMap(([[w, s], [e, n]]): LatLng[] => [
				[s, w],
				[n, e]
			]);
			const [[s, w], [n, e]] = boundsOf(corners);
			if (e - w <= MAX_FITTED_COUNTRY_DEGREES && n - s <= MAX_FITTED_COUNTRY_DEGREES)
				return corners;
		}
	}
	return [[p.lat, p.lng]];
}

/**
 * The view that shows every given place, like viewForPlaces in $lib/map/view, except that a
 * country is fitted by its outline. `zooms` says how close to come to a place of each kind.
 */
export function fitPlaces(
	places: readonly MapPlace[],
	zooms: Record<PlaceKind, number> = zoomFor
): MapView {
	const first = places[0];
	if (!first) throw new Error('static map: no places to fit');
	const points = places.flatMap(extentOf);
	const inDetail = ([lat, lng]: LatLng) =>
		basemap().detail.some(([[s, w], [n, e]]) => lat >= s && lat <= n && lng >= w && lng <= e);
	const coarse = points.some((p) => !inDetail(p));
	const maxZoom = Math.min(
		...places.map((p) => zooms[p.kind]),
		coarse ? WORLD_TIER_MAX_ZOOM : Infinity
	);
	if (places.length === 1 && points.length === 1) {
		const zoom = first.kind === 'country' ? Math.min(maxZoom, HUGE_COUNTRY_ZOOM) : maxZoom;
		return { kind: 'center', center: [first.lat, first.lng], zoom };
	}
	return { kind: 'bounds', bounds: boundsOf(points), maxZoom };
}

/** d3's Mercator scale at a web-map zoom level (256-pixel tiles), so zooms mean what Leaflet means. */
const scaleAt = (zoom: number) => (256 * 2 ** zoom) / (2 * Math.PI);

export function projectionFor(
	view: MapView,
	[x0, y0, x1, y1]: readonly [number, number, number, number],
	padding: number,
	width: number,
	height: number
): GeoProjection {
	const unit = geoMercator().scale(1).translate([0, 0]);
	const at = (lat: number, lng: number) => unit([lng, lat]) ?? [0, 0];
	let k: number;
	let centre: [number, number];
	if (view.kind === 'center') {
		k = scaleAt(view.zoom);
		centre = at(...view.center);
	} else {
		const [[s, w], [n, e]] = view.bounds;
		const [ax, ay] = at(n, w);
		const [bx, by] = at(s, e);
		const fit = (room: number, size: number) => (size > 0 ? Math.max(room, 1) / size : Infinity);
		k = Math.min(
			scaleAt(view.maxZoom),
			fit(x1 - x0 - 2 * padding, bx - ax),
			fit(y1 - y0 - 2 * padding, by - ay)
		);
		centre = [(ax + bx) / 2, (ay + by) / 2];
	}
	// precision(0): no adaptive resampling. d3 would bend every edge into a great-circle arc
	// (a clip edge along a parallel, such as lat 80 or a detailed tier's box, bulges towards the pole);
	// Leaflet draws each edge as a straight line between its projected ends, and so does this.
	return geoMercator()
		.scale(k)
		.translate([(x0 + x1) / 2 - k * centre[0], (y0 + y1) / 2 - k * centre[1]])
		.precision(0)
		.clipExtent([
			[-2, -2],
			[width + 2, height + 2]
		]);
}

/** A projection whose output skips points within `step` pixels of the last one kept. */
export function thinned(projection: GeoProjection, step: number): GeoStreamWrapper {
	return {
		stream(out) {
			let last: [number, number] | undefined;
			let pending: [number, number] | undefined;
			const thin: GeoStream = {
				point(x, y) {
					if (last && Math.abs(x - last[0]) < step && Math.abs(y - last[1]) < step) {
						pending = [x, y];
						return;
					}
					last = [x, y];
					pending = undefined;
					out.point(x, y);
				},
				lineStart() {
					last = pending = undefined;
					out.lineStart();
				},
				lineEnd() {
					// Keep a line's true end (rings close with Z anyway).
					if (pending) out.point(...pending);
					last = pending = undefined;
					out.lineEnd();
				},
				polygonStart: () => out.polygonStart(),
				polygonEnd: () => out.polygonEnd(),
				sphere: () => out.sphere?.()
			};
			return projection.stream(thin);
		}
	};
}
