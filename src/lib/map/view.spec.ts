import { describe, expect, it } from 'vitest';
import {
	arcPoints,
	boundsCentre,
	circleCorners,
	fitZoom,
	sameView,
	viewForPlaces,
	type MapView,
	type ViewPlace
} from './view';

const port: ViewPlace = { lat: 41.3125, lng: 19.4458, kind: 'port', approximate: false };
const portoRomano: ViewPlace = { lat: 41.37, lng: 19.43, kind: 'port', approximate: false };
const farCity: ViewPlace = { lat: 35.6892, lng: 51.389, kind: 'city', approximate: false };
const kosovo: ViewPlace = { lat: 42.6, lng: 20.9, kind: 'country', approximate: false };
const compound: ViewPlace = {
	lat: 41.33,
	lng: 19.82,
	kind: 'site',
	approximate: true,
	radiusKm: 40
};

describe('viewForPlaces', () => {
	it('centres on a single port close in', () => {
		expect(viewForPlaces([port])).toEqual({
			kind: 'center',
			center: [41.3125, 19.4458],
			zoom: 11
		});
	});

	it('fits several places by their bounds, no closer than the widest kind allows', () => {
		expect(viewForPlaces([port, portoRomano])).toEqual({
			kind: 'bounds',
			bounds: [
				[41.3125, 19.43],
				[41.37, 19.4458]
			],
			maxZoom: 11
		});
		const v = viewForPlaces([port, kosovo]);
		expect(v?.kind === 'bounds' && v.maxZoom).toBe(7);
	});

	it('spans far places, so both are in view', () => {
		const v = viewForPlaces([port, farCity]);
		expect(v?.kind).toBe('bounds');
		if (v?.kind !== 'bounds') return;
		expect(v.bounds[0][1]).toBeLessThanOrEqual(19.4458);
		expect(v.bounds[1][1]).toBeGreaterThanOrEqual(51.389);
	});

	it('shows the whole circle of an approximate place', () => {
		const v = viewForPlaces([compound]);
		expect(v?.kind).toBe('bounds');
		if (v?.kind !== 'bounds') return;
		expect(v.bounds[1][0] - v.bounds[0][0]).toBeCloseTo((2 * 40) / 111.32, 3);
	});

	it('has nothing to show for no places', () => {
		expect(viewForPlaces([])).toBeNull();
	});
});

describe('circleCorners', () => {
	it('widens in longitude away from the equator', () => {
		const [[s, w], [n, e]] = circleCorners(60, 0, 100);
		expect(e - w).toBeCloseTo(2 * (n - s), 1);
	});
});

describe('sameView', () => {
	it('tells equal views from different ones', () => {
		expect(sameView(viewForPlaces([port, portoRomano]), viewForPlaces([port, portoRomano]))).toBe(
			true
		);
		expect(sameView(viewForPlaces([port]), viewForPlaces([portoRomano]))).toBe(false);
		expect(sameView(viewForPlaces([port]), null)).toBe(false);
	});
});

describe('arcPoints', () => {
	it('starts and ends at the two places and bows away from the straight line', () => {
		const pts = arcPoints([35.69, 51.39], [41.33, 19.82], 10);
		expect(pts[0]).toEqual([35.69, 51.39]);
		expect(pts[10]![0]).toBeCloseTo(41.33, 9);
		expect(pts[10]![1]).toBeCloseTo(19.82, 9);
		const mid = pts[5]!;
		const straight = [(35.69 + 41.33) / 2, (51.39 + 19.82) / 2];
		expect(Math.hypot(mid[0] - straight[0]!, mid[1] - straight[1]!)).toBeGreaterThan(1);
	});
});

describe('boundsCentre', () => {
	it('is the middle of a box symmetric about the equator', () => {
		const [lat, lng] = boundsCentre([
			[-10, 0],
			[10, 20]
		]);
		expect(lat).toBeCloseTo(0, 6);
		expect(lng).toBe(10);
	});

	it('lies north of the mean latitude, as Mercator stretches the north', () => {
		// y(0°) = 0.5 and y(60°) = 0.2904 of the world's height; their mean is 35.25°N, not 30°N.
		const [lat] = boundsCentre([
			[0, 0],
			[60, 10]
		]);
		expect(lat).toBeCloseTo(35.25, 1);
	});
});

describe('fitZoom (Leaflet fitBounds: 12% padding, zoomSnap 0.25)', () => {
	const box = (maxZoom: number): Extract<MapView, { kind: 'bounds' }> => ({
		kind: 'bounds',
		bounds: [
			[-10, -10],
			[10, 10]
		],
		maxZoom
	});

	it('snaps down to a quarter zoom', () => {
		// 760 px of room for a box 14.3 px tall at zoom 0: a scale of 53.2, zoom 5.73, snapped 5.5.
		expect(fitZoom(box(9), 1000, 1000)).toBe(5.5);
	});

	it('keeps to the view’s maxZoom and the map’s minZoom', () => {
		expect(fitZoom(box(5), 1000, 1000)).toBe(5);
		expect(fitZoom(box(9), 40, 40)).toBe(2);
	});

	it('fits the narrower side', () => {
		expect(fitZoom(box(9), 2000, 1000)).toBe(5.5);
		expect(fitZoom(box(9), 1000, 500)).toBe(4.5);
	});
});
