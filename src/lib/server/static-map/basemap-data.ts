/**
 * The basemap the pictures draw, read once per process from the content folder (basemap/*.json),
 * the same files and the same list of tiers ($lib/map/basemap) as the live map.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { tiers as tierList } from '$lib/map/basemap';
import type { LatLng } from '$lib/map/geo';
import { contentDir } from '../../../../scripts/content-dir.mjs';

export type CountryProps = { name?: string };
export interface CountryTier {
	topology: Topology;
	object: GeometryCollection<CountryProps>;
	countries: Feature<Geometry, CountryProps>[];
	/** Lines shared by two countries: no coastlines, no edges where the tier was clipped. */
	borders: MultiLineString;
}
export interface CoastTier {
	box: [LatLng, LatLng];
	land: FeatureCollection;
	sea: FeatureCollection;
}
interface Basemap {
	tiers: CountryTier[];
	/** The detailed tiers' boxes (all country tiers but the world). */
	detail: [LatLng, LatLng][];
	coasts: CoastTier[];
}

let cached: Basemap | undefined;

function readTopology(name: string): Topology {
	const file = path.resolve(contentDir(), 'basemap', `${name}.json`);
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Topology;
}

function collection(topology: Topology, name: string): FeatureCollection {
	const object = topology.objects[name] as GeometryCollection | undefined;
	if (!object) throw new Error(`static map: the basemap has no object "${name}"`);
	return feature(topology, object);
}

export function basemap(): Basemap {
	if (cached) return cached;
	const countryTiers = tierList.filter((t) => t.kind === 'countries');
	const tiers = countryTiers.map(({ name }): CountryTier => {
		const topology = readTopology(name);
		const object = topology.objects['countries'] as GeometryCollection<CountryProps> | undefined;
		if (!object) throw new Error(`static map: ${name}.json has no object "countries"`);
		return {
			topology,
			object,
			countries: feature(topology, object).features,
			borders: mesh(topology, object, (a, b) => a !== b)
		};
	});
	const coasts = tierList
		.filter((t) => t.kind === 'coast')
		.map(({ name, box }): CoastTier => {
			const coast = readTopology(name);
			return { box, land: collection(coast, 'land'), sea: collection(coast, 'sea') };
		});
	const detail = countryTiers.filter((t) => t.name !== 'world').map((t) => t.box);
	cached = { tiers, detail, coasts };
	return cached;
}

export const matches = (key: string, id: unknown, props: CountryProps | null | undefined) =>
	id === key || props?.name === key;

/** Every feature (one per tier it lies in) of the countries named by id or name. */
export function countriesFor(keys: readonly string[]): Feature<Geometry, CountryProps>[] {
	return basemap().tiers.flatMap((t) =>
		t.countries.filter((f) => keys.some((k) => matches(k, f.id, f.properties)))
	);
}
