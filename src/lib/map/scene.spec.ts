import { describe, expect, it } from 'vitest';
import type { PlaceKind } from '$lib/content/schema';
import {
	chapterPreview,
	chapterView,
	overviewView,
	placePreview,
	placeView,
	previewZoom,
	storyPreview,
	type Fit,
	type ScenePlace
} from './scene';
import type { LatLngBounds } from './geo';

const place = (slug: string, lat: number, lng: number, kind: PlaceKind = 'city'): ScenePlace => ({
	slug,
	name: slug.toUpperCase(),
	kind,
	lat,
	lng,
	approximate: false
});
const harbour = place('harbour', -33, -71.6, 'port');
const capital = place('capital', -33.4, -70.6);
const land = { ...place('land', -35, -71, 'country'), polygon: 'Chile' };
const all = [harbour, capital, land];
const bySlug = Object.fromEntries(all.map((p) => [p.slug, p]));
const overview: LatLngBounds = [
	[-40, -80],
	[-20, -60]
];

describe('the views the live map and the pictures share', () => {
	it('a chapter uses its own view when it has one, else fits its places, else the overview', () => {
		expect(
			chapterView({ places: ['harbour'], view: { center: [1, 2], zoom: 5 } }, bySlug, overview)
		).toEqual({ kind: 'center', center: [1, 2], zoom: 5 });
		expect(chapterView({ places: ['harbour'] }, bySlug, overview)).toEqual({
			kind: 'center',
			center: [-33, -71.6],
			zoom: 11
		});
		expect(chapterView({ places: ['harbour', 'capital'] }, bySlug, overview).kind).toBe('bounds');
		expect(chapterView({ places: [] }, bySlug, overview)).toEqual(overviewView(overview));
		expect(chapterView({ places: ['nowhere'] }, bySlug, overview)).toEqual(overviewView(overview));
	});

	it('a place page comes closer to a port than to a city, and to a city than to a country', () => {
		const zoom = (p: ScenePlace) => {
			const v = placeView(p);
			return v.kind === 'center' ? v.zoom : -1;
		};
		expect(zoom(harbour)).toBeGreaterThan(zoom(capital));
		expect(zoom(capital)).toBeGreaterThan(zoom(land));
	});

	it('the overview is its bounds, never closer than zoom 6', () => {
		expect(overviewView(overview)).toEqual({ kind: 'bounds', bounds: overview, maxZoom: 6 });
	});
});

describe('the previews', () => {
	/** A fit that records what it was asked, answering a fixed view. */
	const asked: { slugs: string[]; zooms: Record<PlaceKind, number> }[] = [];
	const fit: Fit = (places, zooms) => {
		asked.push({ slugs: places.map((p) => p.slug), zooms });
		return { kind: 'center', center: [0, 0], zoom: 3 };
	};

	it("a chapter's preview fits its own places at the previews' zooms, marks them and tints its countries", () => {
		asked.length = 0;
		const scene = chapterPreview(
			{ places: ['land', 'harbour'], connections: [{ from: 'capital', to: 'harbour' }] },
			all,
			fit
		);
		expect(asked).toEqual([{ slugs: ['land', 'harbour'], zooms: previewZoom }]);
		expect(scene.active).toEqual(['land', 'harbour']);
		expect(scene.places.map((p) => p.slug)).toEqual(['land', 'harbour', 'capital']);
		expect(scene.highlight).toEqual(['Chile']);
		expect(scene.connections).toEqual([{ from: [-33.4, -70.6], to: [-33, -71.6] }]);
		expect(scene.title).toBe('Map: LAND, HARBOUR');
	});

	it('comes out further than the live map, for context', () => {
		expect(previewZoom.port).toBeLessThan((placeView(harbour) as { zoom: number }).zoom);
	});

	it("a place's preview is the place among all the others", () => {
		asked.length = 0;
		const scene = placePreview(capital, all, fit);
		expect(asked[0]!.slugs).toEqual(['capital']);
		expect(scene).toMatchObject({ active: ['capital'], highlight: [], title: 'Map: CAPITAL' });
	});

	it("the story's preview is the overview, every pinned place marked, the opening chapter's countries tinted", () => {
		const scene = storyPreview(overview, { places: ['land', 'capital'] }, all);
		expect(scene.view).toEqual(overviewView(overview));
		expect(scene.places.map((p) => p.slug)).toEqual(['harbour', 'capital']);
		expect(scene.active).toEqual(['capital', 'harbour']);
		expect(scene.highlight).toEqual(['Chile']);
	});
});
