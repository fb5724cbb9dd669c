/**
 * What a map shows, chosen in one place for every use: the story's overview and a chapter (on the
 * story, its slide, its page and its picture), a place page, and the build-time previews (link
 * previews, printed maps), which come further out and fit a country by its outline. Both renderers
 * draw what this module chooses: the live map (LiveMap) the views, the build-time picture
 * (server/static-map.ts) the views and the scenes.
 *
 * Pure: no map, no DOM, no files. Fitting a country by its outline needs the basemap, which only
 * the build reads: the previews take that fitting as `fit`.
 */
import type { Place, PlaceKind } from '$lib/content/schema';
import type { LatLng, LatLngBounds } from './geo';
import { viewForPlaces, type MapView, type ViewPlace } from './view';

/** The overview never comes closer than this, however small the story's bounds. */
export const OVERVIEW_MAX_ZOOM = 6;

/** The story's overview: its bounds. */
export function overviewView(bounds: LatLngBounds): MapView {
	return { kind: 'bounds', bounds, maxZoom: OVERVIEW_MAX_ZOOM };
}

/** What a chapter says about its view: its places, and a view of its own if it sets one. */
export interface SceneChapter {
	places: readonly string[];
	view?: { center: [number, number]; zoom: number };
	connections?: readonly { from: string; to: string }[];
}

/**
 * A chapter's view, the same on the story, its slide, its page and its picture: its own view,
 * else one that fits its places, else the overview.
 */
export function chapterView(
	chapter: Pick<SceneChapter, 'places' | 'view'>,
	places: Readonly<Record<string, ViewPlace>>,
	overview: LatLngBounds
): MapView {
	if (chapter.view) return { kind: 'center', center: chapter.view.center, zoom: chapter.view.zoom };
	const found = chapter.places.map((s) => places[s]).filter((p) => p !== undefined);
	return viewForPlaces(found) ?? overviewView(overview);
}

/** A place page's view: the place at the zoom its kind calls for (a port closer than a country). */
export function placeView(place: ViewPlace): MapView {
	return viewForPlaces([place]) ?? { kind: 'center', center: [place.lat, place.lng], zoom: 6 };
}

// ---------------------------------------------------------------------------------------------
// The build-time previews: a chapter, a place and the whole story, for the link previews and the
// printed maps.

/** What a preview needs to know about a place. */
export type ScenePlace = Pick<
	Place,
	'slug' | 'name' | 'kind' | 'lat' | 'lng' | 'approximate' | 'radiusKm' | 'polygon'
>;

/** How close a preview comes to one place of each kind: further out than the live map, for context. */
export const previewZoom: Record<PlaceKind, number> = {
	port: 9,
	city: 7,
	site: 8,
	region: 6,
	sea: 6,
	country: 7
};

/**
 * Fits a view around places, coming no closer to each than `zooms` says: the build's fitting
 * (server/static-map/projection.ts), which fits a country by its outline from the basemap.
 */
export type Fit = (places: readonly ScenePlace[], zooms: Record<PlaceKind, number>) => MapView;

/** A map to draw: where it looks, what it pins and marks, and its accessible name. */
export interface MapScene {
	view: MapView;
	/** Every place drawn, the active ones first. */
	places: readonly ScenePlace[];
	/** The places the map is about, most important first. */
	active: readonly string[];
	/** Countries tinted, by basemap id or name. */
	highlight: readonly string[];
	connections?: readonly { from: LatLng; to: LatLng }[];
	title: string;
}

const countryKeys = (places: readonly ScenePlace[]) =>
	places.flatMap((p) => (p.kind === 'country' && p.polygon ? [p.polygon] : []));

/** A chapter's preview: its places (the first is the main one), its countries tinted, its connections. */
export function chapterPreview(
	chapter: SceneChapter,
	all: readonly ScenePlace[],
	fit: Fit
): MapScene {
	const bySlug = new Map(all.map((p) => [p.slug, p]));
	const own = chapter.places.flatMap((s) => bySlug.get(s) ?? []);
	return {
		view: fit(own, previewZoom),
		places: [...own, ...all.filter((p) => !own.includes(p))],
		active: own.map((p) => p.slug),
		highlight: countryKeys(own),
		connections: (chapter.connections ?? []).flatMap((c) => {
			const a = bySlug.get(c.from);
			const b = bySlug.get(c.to);
			return a && b ? [{ from: [a.lat, a.lng] as const, to: [b.lat, b.lng] as const }] : [];
		}),
		title: `Map: ${own.map((p) => p.name).join(', ')}`
	};
}

/** A place's preview: the place, centred, with the story's other places nearby as muted context. */
export function placePreview(place: ScenePlace, all: readonly ScenePlace[], fit: Fit): MapScene {
	return {
		view: fit([place], previewZoom),
		places: all,
		active: [place.slug],
		highlight: countryKeys([place]),
		title: `Map: ${place.name}`
	};
}

/** The whole story's preview: its overview, every pinned place, the opening chapter's countries tinted. */
export function storyPreview(
	overview: LatLngBounds,
	opening: SceneChapter,
	all: readonly ScenePlace[]
): MapScene {
	const bySlug = new Map(all.map((p) => [p.slug, p]));
	const pinned = all.filter((p) => p.kind !== 'country');
	return {
		view: overviewView(overview),
		places: pinned,
		active: [...opening.places, ...pinned.map((p) => p.slug)].filter(
			(s, i, list) => list.indexOf(s) === i && bySlug.get(s)?.kind !== 'country'
		),
		highlight: countryKeys(opening.places.flatMap((s) => bySlug.get(s) ?? [])),
		title: 'Map of the places in the story'
	};
}
