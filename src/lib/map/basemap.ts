/**
 * The embedded basemap, in tiers loaded as the view needs them: the world (overview) and the
 * story's detailed tiers where it zooms in (countries in more detail, an accurate coast at its
 * ports). No tile server: the TopoJSON files come with the story's content, in basemap/, listed in
 * basemap/tiers.yaml (made by scripts/prepare-basemap.sh; read here through virtual:basemap-tiers).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import manifest from 'virtual:basemap-tiers';
import type { Tier } from '$lib/content/schema';

export type { Tier };
/** A tier's name: its file basemap/<name>.json. "world" is always the first. */
export type TierName = string;

/** The story's tiers, the world first (checked by the validator at build time). */
export const tiers = manifest as Tier[];

/** The tiers a view needs: those whose box it touches, from their zoom on. */
export function tiersFor(
	view: [[number, number], [number, number]],
	zoom: number,
	list: readonly Tier[] = tiers
): TierName[] {
	const [[s, w], [n, e]] = view;
	return list
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

/** Turns a tier's TopoJSON into what the map draws; its kind comes from the list of tiers. */
export function readTier(
	name: TierName,
	topology: Topology,
	list: readonly Tier[] = tiers
): TierData {
	const kind = list.find((t) => t.name === name)?.kind ?? 'countries';
	if (kind === 'coast')
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
 * A country's features by its basemap id or name: one per tier it stands in (a country astride
 * the edge of a detailed tier has a part in each).
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
