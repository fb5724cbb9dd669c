import { describe, expect, it } from 'vitest';
import { liveZoom, overviewFrame, pictureFrame, pictureScale, VIEW_PICTURE } from './picture';
import { boundsCentre, fitZoom, MAX_ZOOM, MIN_ZOOM, type MapView } from './view';

const centred: MapView = { kind: 'center', center: [41.3, 19.8], zoom: 9 };
const fitted: Extract<MapView, { kind: 'bounds' }> = {
	kind: 'bounds',
	bounds: [
		[35, 10],
		[45, 30]
	],
	maxZoom: 7
};

describe('pictureFrame', () => {
	it('draws a centred view about its centre, at its own zoom', () => {
		expect(pictureFrame(centred)).toEqual({ center: [41.3, 19.8], zoom: 9, ...VIEW_PICTURE });
	});

	it('draws a fitted view about the middle of its box as the map projects it', () => {
		const frame = pictureFrame(fitted);
		expect(frame.center).toEqual(boundsCentre(fitted.bounds));
		expect(frame.zoom).toBe(fitZoom(fitted, 576, 720));
	});
});

describe('pictureScale', () => {
	it('leaves a centred view as drawn, in any box', () => {
		const frame = pictureFrame(centred);
		const boxes: [number, number][] = [
			[390, 338],
			[1280, 360],
			[1920, 1000]
		];
		for (const [w, h] of boxes) expect(pictureScale(frame, centred, w, h)).toBe(1);
	});

	it('scales a fitted view to the zoom Leaflet picks for the box', () => {
		const frame = pictureFrame(fitted);
		expect(pictureScale(frame, fitted, 576, 720)).toBe(1);
		const small = pictureScale(frame, fitted, 390, 340);
		expect(small).toBeLessThan(1);
		expect(Math.log2(small)).toBeCloseTo(fitZoom(fitted, 390, 340) - frame.zoom);
	});

	it('scales the overview from the zoom it is drawn at', () => {
		const frame = overviewFrame(fitted.bounds);
		expect(frame).toMatchObject({ zoom: 3, width: 1000, height: 900 });
		expect(pictureScale(frame, fitted, 1000, 1000)).toBe(2 ** (fitZoom(fitted, 1000, 1000) - 3));
	});
});

describe('liveZoom', () => {
	it('keeps a centred view within the map’s zoom limits', () => {
		expect(liveZoom({ ...centred, zoom: 1 } as MapView, 500, 500)).toBe(MIN_ZOOM);
		expect(liveZoom({ ...centred, zoom: 18 } as MapView, 500, 500)).toBe(MAX_ZOOM);
	});
});
