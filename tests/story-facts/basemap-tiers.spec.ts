// A test of this story's facts (data/): the engine's own tests run on tests/fixtures/harbour-parcel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { findCountry, findCountryParts, readTier, tiersFor } from '$lib/map/basemap';

const read = (name: string) =>
	JSON.parse(readFileSync(`data/basemap/${name}.json`, 'utf8')) as Topology;

describe('tiersFor', () => {
	it('loads the world and the Balkans for the overview, not the coast', () => {
		expect(
			tiersFor(
				[
					[29, -4],
					[56, 54]
				],
				4
			)
		).toEqual(['world', 'balkans']);
	});
	it('adds the coast when zoomed in on the ports', () => {
		expect(
			tiersFor(
				[
					[41.25, 19.3],
					[41.45, 19.6]
				],
				11
			)
		).toEqual(['world', 'balkans', 'coast']);
	});
	it('leaves the Balkans and the coast out of a view of London', () => {
		expect(
			tiersFor(
				[
					[51.3, -0.5],
					[51.7, 0.3]
				],
				9
			)
		).toEqual(['world']);
	});
});

describe('readTier and findCountry', () => {
	const layers = [readTier('world', read('world')), readTier('balkans', read('balkans'))];
	it('finds countries by id across tiers', () => {
		expect(findCountry(layers, '364')?.properties?.['name']).toBe('Iran');
		expect(findCountry(layers, '807')?.properties?.['name']).toBe('North Macedonia');
	});
	it('finds Kosovo by name', () => {
		expect(findCountry(layers, 'Kosovo')).toBeDefined();
	});
	it('draws only borders between two countries', () => {
		const world = layers[0]!;
		expect(world.kind === 'countries' && world.borders.coordinates.length).toBeGreaterThan(50);
	});
	it('finds every country polygon the story names', async () => {
		const { readContentDir } = await import('$lib/content/read-files.server');
		const { validateContent } = await import('$lib/content/validate');
		const { places } = validateContent(readContentDir('data'));
		const missing = places
			.filter((p) => p.polygon)
			.filter((p) => !findCountry(layers, p.polygon!))
			.map((p) => p.slug);
		expect(missing).toEqual([]);
	});
});

describe('findCountryParts', () => {
	it('finds both parts of a country astride the edge of the Balkans box', () => {
		const layers = [readTier('world', read('world')), readTier('balkans', read('balkans'))];
		expect(findCountryParts(layers, '300').length).toBe(2); // Greece: Crete lies south of the box
		expect(findCountryParts(layers, '008').length).toBe(1);
	});
});
