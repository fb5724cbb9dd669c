// A test of this story's facts (data/): the engine's own tests run on tests/fixtures/harbour-parcel.
/**
 * Facts about the shipped basemap files in data/basemap/ (built by scripts/prepare-basemap.sh).
 * These read the real files, so they fail if a rebuild loses a country, moves the coast or
 * grows a file past its budget.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { isPointInGeometry, type LatLng } from '$lib/map/geo';

const basemapDir = fileURLToPath(new URL('../../data/basemap/', import.meta.url));

function pathOf(name: string): string {
	return `${basemapDir}${name}`;
}

function readTopology(name: string): Topology {
	const parsed: unknown = JSON.parse(readFileSync(pathOf(name), 'utf8'));
	if (
		typeof parsed !== 'object' ||
		parsed === null ||
		!('type' in parsed) ||
		parsed.type !== 'Topology' ||
		!('objects' in parsed)
	) {
		throw new Error(`${name} is not a TopoJSON topology`);
	}
	return parsed as Topology;
}

/** The named GeometryCollection of a topology, as GeoJSON features. */
function layer(topology: Topology, objectName: string): FeatureCollection<Geometry> {
	const object = topology.objects[objectName];
	if (object === undefined) throw new Error(`no object "${objectName}"`);
	if (object.type !== 'GeometryCollection') {
		throw new Error(`object "${objectName}" is a ${object.type}, not a GeometryCollection`);
	}
	return feature(topology, object as GeometryCollection);
}

function contains(collection: FeatureCollection<Geometry>, point: LatLng): boolean {
	return collection.features.some((f) => isPointInGeometry(point, f.geometry));
}

function nameOf(f: Feature): string | undefined {
	const name: unknown = f.properties?.['name'];
	return typeof name === 'string' ? name : undefined;
}

function findCountry(
	countries: FeatureCollection<Geometry>,
	by: { id?: string; name?: string }
): Feature<Geometry> | undefined {
	return countries.features.find(
		(f) =>
			(by.id === undefined || f.id === by.id) && (by.name === undefined || nameOf(f) === by.name)
	);
}

const durres: LatLng = [41.3125, 19.4458];
const portoRomano: LatLng = [41.37, 19.43];
const adriatic: LatLng = [41.3, 19.2];
const tirana: LatLng = [41.3275, 19.8187];

describe('coast.json, the detailed coast around the Albanian ports', () => {
	const coast = readTopology('coast.json');
	const land = layer(coast, 'land');
	const sea = layer(coast, 'sea');

	it('has a land layer and a sea layer, each with a shape', () => {
		expect(land.features.length).toBeGreaterThan(0);
		expect(sea.features.length).toBeGreaterThan(0);
	});

	it.each([
		['Durrës', durres],
		['Porto Romano', portoRomano],
		['Tirana', tirana]
	])('puts %s on land and not in the sea', (_name, point) => {
		expect(contains(land, point)).toBe(true);
		expect(contains(sea, point)).toBe(false);
	});

	it('puts a point out in the Adriatic (41.3 N, 19.2 E) in the sea and not on land', () => {
		expect(contains(sea, adriatic)).toBe(true);
		expect(contains(land, adriatic)).toBe(false);
	});

	it('tiles its box: every point of a grid is either land or sea, never both', () => {
		// Box 18.8..20.2 E, 40.8..42.0 N, sampled well inside its edges at offsets that avoid vertices.
		const misplaced: string[] = [];
		let seaCount = 0;
		for (let i = 0; i < 40; i++) {
			for (let j = 0; j < 40; j++) {
				const point: LatLng = [40.8137 + i * 0.02963, 18.8171 + j * 0.03457];
				const inLand = contains(land, point);
				const inSea = contains(sea, point);
				if (inSea) seaCount++;
				if (inLand === inSea) misplaced.push(`[${point.join(', ')}]`);
			}
		}
		expect(misplaced).toEqual([]);
		// Roughly a third of this box is the Adriatic: neither layer may be empty or swallow the other.
		expect(seaCount).toBeGreaterThan(300);
		expect(seaCount).toBeLessThan(1000);
	});
});

describe('balkans.json, the regional countries layer', () => {
	const countries = layer(readTopology('balkans.json'), 'countries');

	it.each([
		{ country: 'Albania', id: '008' },
		{ country: 'Montenegro', id: '499' },
		{ country: 'North Macedonia', id: '807' },
		{ country: 'Serbia', id: '688' },
		{ country: 'Greece', id: '300' }
	])('has $country under id $id', ({ country, id }) => {
		const found = findCountry(countries, { id });
		expect(found, `no feature with id ${id}`).toBeDefined();
		expect(found && nameOf(found)).toBe(country);
	});

	it('has Kosovo, found by its name (world-atlas gives it no ISO id)', () => {
		expect(findCountry(countries, { name: 'Kosovo' })).toBeDefined();
	});

	it('names North Macedonia so, not by its old name', () => {
		expect(findCountry(countries, { name: 'Macedonia' })).toBeUndefined();
	});

	it('puts Tirana inside Albania and not inside Montenegro', () => {
		const albania = findCountry(countries, { id: '008' });
		const montenegro = findCountry(countries, { id: '499' });
		expect(albania && isPointInGeometry(tirana, albania.geometry)).toBe(true);
		expect(montenegro && isPointInGeometry(tirana, montenegro.geometry)).toBe(false);
	});
});

describe('world.json, the overview countries layer', () => {
	const countries = layer(readTopology('world.json'), 'countries');

	it.each([
		{ country: 'Iran', id: '364' },
		{ country: 'Russia', id: '643' },
		{ country: 'United States of America', id: '840' },
		{ country: 'United Kingdom', id: '826' },
		{ country: 'Iraq', id: '368' },
		{ country: 'Belgium', id: '056' },
		{ country: 'Israel', id: '376' }
	])('has $country under id $id', ({ country, id }) => {
		const found = findCountry(countries, { id });
		expect(found, `no feature with id ${id}`).toBeDefined();
		expect(found && nameOf(found)).toBe(country);
	});

	it.each([
		{ city: 'London', point: [51.5072, -0.1276] as LatLng, id: '826' },
		{ city: 'Tehran', point: [35.6892, 51.389] as LatLng, id: '364' },
		{ city: 'Washington', point: [38.9072, -77.0369] as LatLng, id: '840' }
	])('puts $city inside the country with id $id', ({ point, id }) => {
		const found = findCountry(countries, { id });
		expect(found && isPointInGeometry(point, found.geometry)).toBe(true);
	});
});

describe('world.json across the antimeridian', () => {
	// world-atlas rings that cross ±180° (Russia's Chukotka, Fiji) must be cut there before the
	// planar clip to lon -130..110; clipped uncut, they span the whole map: Fiji as a strip at
	// 16° S, Russia's Arctic coast as a band of land over the Norwegian, Barents and Kara Seas.
	const countries = layer(readTopology('world.json'), 'countries');

	it('has no polygon spanning more than 180° of longitude', () => {
		const wide = countries.features.flatMap((f) => {
			const g = f.geometry;
			const polygons =
				g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
			return polygons.flatMap(([outer = []]) => {
				const lngs = outer.map(([lng = NaN]) => lng);
				const span = Math.max(...lngs) - Math.min(...lngs);
				return span > 180 ? [`${nameOf(f)}: ${Math.round(span)}°`] : [];
			});
		});
		expect(wide).toEqual([]);
	});

	it('leaves out Fiji, which lies beyond the east edge (110° E)', () => {
		expect(findCountry(countries, { id: '242' })).toBeUndefined();
	});

	it.each([
		{ sea: 'the Norwegian Sea', point: [71, 5] as LatLng },
		{ sea: 'the Barents Sea', point: [71, 45] as LatLng },
		{ sea: 'the Barents Sea', point: [73, 40] as LatLng },
		{ sea: 'the Kara Sea', point: [72, 65] as LatLng },
		{ sea: 'the South Atlantic, under the old Fiji strip', point: [-16.4, -10] as LatLng }
	])('puts a point in $sea ($point) in no country', ({ point }) => {
		const hits = countries.features.filter((f) => isPointInGeometry(point, f.geometry));
		expect(hits.map(nameOf)).toEqual([]);
	});

	it.each([
		{ place: 'the Kola Peninsula', point: [68, 35] as LatLng },
		{ place: 'Novaya Zemlya', point: [73, 55] as LatLng },
		{ place: 'Yamal', point: [70, 70] as LatLng },
		{ place: 'Taymyr', point: [73, 100] as LatLng }
	])('puts $place ($point) in Russia', ({ point }) => {
		const russia = findCountry(countries, { id: '643' });
		expect(russia && isPointInGeometry(point, russia.geometry)).toBe(true);
	});
});

describe('world.json and balkans.json together', () => {
	const world = layer(readTopology('world.json'), 'countries');
	const balkans = layer(readTopology('balkans.json'), 'countries');

	it('leaves the Balkans to the detailed layer, so no border is drawn twice', () => {
		expect(findCountry(world, { id: '008' })).toBeUndefined();
		expect(findCountry(world, { id: '499' })).toBeUndefined();
	});

	it('puts Tirana in exactly one country across the two layers: Albania', () => {
		const hits = [...world.features, ...balkans.features].filter((f) =>
			isPointInGeometry(tirana, f.geometry)
		);
		expect(hits.map((f) => nameOf(f))).toEqual(['Albania']);
	});
});

describe('the shipped basemap files', () => {
	it.each([
		{ file: 'world.json', budget: 56_000 },
		{ file: 'balkans.json', budget: 60_000 },
		{ file: 'coast.json', budget: 60_000 }
	])('keeps $file under $budget bytes raw', ({ file, budget }) => {
		expect(statSync(pathOf(file)).size).toBeLessThan(budget);
	});
});
