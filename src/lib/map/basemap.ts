/**
 * The embedded basemap, in tiers loaded as the view needs them: the world (overview), the Balkans
 * in more detail, and an accurate coast around the Albanian ports. No tile server: the TopoJSON
 * files ship with the site (see scripts/prepare-basemap.sh).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';

export type TierName = 'world' | 'balkans' | 'coast';

export interface Tier {
	name: TierName;
	/** [[south, west], [north, east]] the tier covers */
	box: [[number, number], [number, number]];
	/** The tier is loaded from this zoom on (when the view touches its box). */
	minZoom: number;
}

export const tiers: Tier[] = [
	{
		name: 'world',
		box: [
			[-90, -180],
			[90, 180]
		],
		minZoom: 0
	},
	{
		name: 'balkans',
		box: [
			[36, 12],
			[47, 30]
		],
		minZoom: 0
	},
	{
		name: 'coast',
		box: [
			[40.8, 18.8],
			[42.0, 20.2]
		],
		minZoom: 8
	}
];

/** The tiers a view needs: those whose box it touches, from their zoom on. */
export function tiersFor(view: [[number, number], [number, number]], zoom: number): TierName[] {
	const [[s, w], [n, e]] = view;
	return tiers
		.filter((t) => zoom >= t.minZoom)
		.filter((t) => !(t.box[0][0] > n || t.box[1][0] < s || t.box[0][1] > e || t.box[1][1] < w))
		.map((t) => t.name);
}

export interface CountryLayer {
	kind: 'countries';
	countries: FeatureCollection<Geometry>;
	borders: MultiLineString;
}
export interface CoastLayer {
	kind: 'coast';
	land: FeatureCollection<Geometry>;
	sea: FeatureCollection<Geometry>;
}
export type TierData = CountryLayer | CoastLayer;

function collection(topology: Topology, name: string): FeatureCollection<Geometry> {
	const object = topology.objects[name];
	if (!object) throw new Error(`basemap: no object "${name}"`);
	const f = feature(topology, object);
	return 'features' in f ? f : { type: 'FeatureCollection', features: [f as Feature<Geometry>] };
}

/** Turns a tier's TopoJSON into what the map draws. */
export function readTier(name: TierName, topology: Topology): TierData {
	if (name === 'coast')
		return { kind: 'coast', land: collection(topology, 'land'), sea: collection(topology, 'sea') };
	const obj = topology.objects['countries'] as GeometryCollection;
	return {
		kind: 'countries',
		countries: collection(topology, 'countries'),
		// Only lines shared by two countries: no coastlines, no edges where a tier was clipped.
		borders: mesh(topology, obj, (a, b) => a !== b)
	};
}

/** Fetches one tier; the caller aborts it when the map goes away. */
export async function loadTier(
	name: TierName,
	url: string,
	signal: AbortSignal
): Promise<TierData> {
	const res = await fetch(url, { signal });
	if (!res.ok) throw new Error(`basemap: ${url} answered ${res.status}`);
	return readTier(name, (await res.json()) as Topology);
}

/**
 * A country's features by its basemap id ("008") or name ("Kosovo"): one per tier it stands in (a
 * country astride the edge of the Balkans box has a part in each).
 */
export function findCountryParts(layers: readonly TierData[], key: string): Feature<Geometry>[] {
	return layers.flatMap((l) =>
		l.kind === 'countries'
			? l.countries.features.filter((x) => x.id === key || x.properties?.['name'] === key)
			: []
	);
}

export const findCountry = (layers: readonly TierData[], key: string) =>
	findCountryParts(layers, key)[0];
