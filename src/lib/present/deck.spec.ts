import { describe, expect, it } from 'vitest';
import type { PlaceView } from '$lib/content/views';
import { formatElapsed, listNames, position, slideView, target } from './deck';

const ids = ['a', 'b', 'c', 'd'];

describe('position', () => {
	it('numbers a slide from 1 and names its neighbours', () => {
		expect(position(ids, 'b')).toEqual({
			index: 1,
			number: 2,
			total: 4,
			previous: 'a',
			next: 'c',
			first: 'a',
			last: 'd'
		});
	});

	it('has no previous at the start and no next at the end', () => {
		expect(position(ids, 'a').previous).toBeNull();
		expect(position(ids, 'd').next).toBeNull();
	});
});

describe('target', () => {
	it('leads to the neighbour or either end', () => {
		expect(target(ids, 'b', 'next')).toBe('c');
		expect(target(ids, 'b', 'previous')).toBe('a');
		expect(target(ids, 'b', 'first')).toBe('a');
		expect(target(ids, 'b', 'last')).toBe('d');
	});

	it('leads nowhere past either end, or to the slide already shown', () => {
		expect(target(ids, 'd', 'next')).toBeNull();
		expect(target(ids, 'a', 'previous')).toBeNull();
		expect(target(ids, 'a', 'first')).toBeNull();
		expect(target(ids, 'd', 'last')).toBeNull();
	});
});

describe('slideView', () => {
	const place = (slug: string, lat: number, lng: number): PlaceView =>
		({ slug, name: slug, kind: 'city', lat, lng, approximate: false }) as PlaceView;
	const places = { x: place('x', 41, 19), y: place('y', 35, 51) };
	const overview: [[number, number], [number, number]] = [
		[20, -80],
		[60, 60]
	];

	it("uses the chapter's own view when it has one", () => {
		expect(
			slideView({ places: ['x'], view: { center: [1, 2], zoom: 5 } }, places, overview)
		).toEqual({ kind: 'center', center: [1, 2], zoom: 5 });
	});

	it('fits the places otherwise', () => {
		expect(slideView({ places: ['x'] }, places, overview)).toEqual({
			kind: 'center',
			center: [41, 19],
			zoom: 9
		});
		expect(slideView({ places: ['x', 'y'] }, places, overview).kind).toBe('bounds');
	});

	it('falls back to the overview without places', () => {
		expect(slideView({ places: [] }, places, overview)).toEqual({
			kind: 'bounds',
			bounds: overview,
			maxZoom: 6
		});
	});
});

describe('formatElapsed', () => {
	it('writes mm:ss, minutes counting past an hour', () => {
		expect(formatElapsed(0)).toBe('00:00');
		expect(formatElapsed(61_999)).toBe('01:01');
		expect(formatElapsed(75 * 60_000 + 3000)).toBe('75:03');
		expect(formatElapsed(-5)).toBe('00:00');
	});
});

describe('listNames', () => {
	it('joins names the way a sentence does', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['Santiago'])).toBe('Santiago');
		expect(listNames(['Santiago', 'Valparaíso', 'Suva'])).toBe('Santiago, Valparaíso and Suva');
	});
});
