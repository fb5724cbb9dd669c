// The basemap's tiers, on the fixture story (tests/fixtures/harbour-parcel): its tiers were derived
// from its places by `npm run data:basemap`, so these are what any story gets where it zooms in.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '$lib/content/read-files.server';
import type { Tier } from '$lib/content/schema';
import { validateContent } from '$lib/content/validate';
import { findCountryParts, readTier, tiersFor, type TierData } from './basemap';
import { isPointInGeometry } from './geo';
import { zoomFor } from './view';

const DIR = 'tests/fixtures/harbour-parcel';
const { tiers: list } = parse(readFileSync(`${DIR}/basemap/tiers.yaml`, 'utf8')) as {
	tiers: Tier[];
};
const topology = (name: string) =>
	JSON.parse(readFileSync(`${DIR}/basemap/${name}.json`, 'utf8')) as Topology;
const tier = (name: string): TierData => readTier(name, topology(name), list);
const story = validateContent(readContentDir(DIR));
const place = (slug: string) => story.places.find((p) => p.slug === slug)!;
/** The view Leaflet shows around a point at a zoom, roughly a 1280×800 window. */
const around = (lat: number, lng: number, zoom: number): [[number, number], [number, number]] => {
	const dLng = (1280 / 2 / 256) * (360 / 2 ** zoom);
	const dLat = dLng * (800 / 1280) * Math.cos((lat * Math.PI) / 180);
	return [
		[lat - dLat, lng - dLng],
		[lat + dLat, lng + dLng]
	];
};

describe('the tiers derived from the places', () => {
	it('are the ones the validator accepts, the world first', () => {
		expect(story.tiers).toEqual(list);
		expect(list[0]).toMatchObject({ name: 'world', minZoom: 0 });
	});

	it('give every port an accurate coast at port zoom, and put the port on its land', () => {
		const ports = story.places.filter((p) => p.kind === 'port');
		expect(ports.length).toBeGreaterThan(0);
		for (const p of ports) {
			const names = tiersFor(around(p.lat, p.lng, zoomFor.port), zoomFor.port, list);
			const coast = names.find((n) => list.find((t) => t.name === n)?.kind === 'coast');
			expect(coast, p.slug).toBeDefined();
			const t = tier(coast!);
			if (t.kind !== 'coast') throw new Error('not a coast tier');
			const onLand = t.land.features.some((f) => isPointInGeometry([p.lat, p.lng], f.geometry));
			const inSea = t.sea.features.some((f) => isPointInGeometry([p.lat, p.lng], f.geometry));
			expect({ port: p.slug, onLand, inSea }).toEqual({ port: p.slug, onLand: true, inSea: false });
		}
	});

	it('give every city, port and site a detailed tier, also beside the antimeridian', () => {
		for (const p of story.places.filter((p) => ['city', 'port', 'site'].includes(p.kind))) {
			const names = tiersFor(around(p.lat, p.lng, zoomFor[p.kind]), zoomFor[p.kind], list);
			expect(
				names.some((n) => n.startsWith('detail-')),
				p.slug
			).toBe(true);
		}
		expect(place('suva').lng).toBeGreaterThan(178);
		expect(tiersFor(around(-18.14, 179.9, 6), 6, list)).toContain('detail-suva-a');
		expect(tiersFor(around(-18.14, -179.9, 6), 6, list)).toContain('detail-suva-b');
	});

	it('leave the coasts out of the overview and the detail out where the story is not', () => {
		const overview = tiersFor(story.story.overview.bounds, 3, list);
		expect(overview.filter((n) => n.startsWith('coast-'))).toEqual([]);
		expect(tiersFor(around(48.85, 2.35, 6), 6, list)).toEqual(['world']);
	});

	it('find a country in each tier it stands in', () => {
		const layers = list.filter((t) => t.kind === 'countries').map((t) => tier(t.name));
		const chile = place('chile').polygon!;
		expect(findCountryParts(layers, chile).length).toBeGreaterThanOrEqual(2);
	});
});
