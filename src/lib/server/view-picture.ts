/**
 * The pictures the pages show before their live map starts, and instead of it when it cannot
 * load: what the live map draws at a page's first view (every place, the active ones marked, their
 * countries tinted, the connections), drawn by the build-time renderer (static-map.ts) in a frame
 * from $lib/map/picture, so the page can place it where the live map will be.
 */
import type { Connection } from '$lib/content/schema';
import { pictureFrame, type PictureFrame } from '$lib/map/picture';
import type { LatLngBounds } from '$lib/map/geo';
import { chapterView, placeView } from '$lib/map/scene';
import { staticMapSvg, type MapPlace } from './static-map';

export interface ViewPicture {
	frame: PictureFrame;
	/** Every place that gets a pin. */
	places: readonly MapPlace[];
	/** The places the page is about, most important first. */
	active: readonly string[];
	connections?: readonly Connection[];
	title: string;
}

/** The SVG of a view's picture. */
export function viewPictureSvg({ frame, places, active, connections = [], title }: ViewPicture) {
	const bySlug = new Map(places.map((p) => [p.slug, p]));
	const own = active.flatMap((s) => bySlug.get(s) ?? []);
	return staticMapSvg({
		view: { kind: 'center', center: frame.center, zoom: frame.zoom },
		width: frame.width,
		height: frame.height,
		padding: 0,
		places: [...own, ...places.filter((p) => !own.includes(p))],
		active,
		// As the live map does: every active place's country is outlined.
		highlight: own.flatMap((p) => (p.polygon ? [p.polygon] : [])),
		connections: connections.flatMap((c) => {
			const a = bySlug.get(c.from);
			const b = bySlug.get(c.to);
			return a && b ? [{ from: [a.lat, a.lng] as const, to: [b.lat, b.lng] as const }] : [];
		}),
		// Shown for a moment, or while the live map cannot load: whole pixels are plenty.
		minStep: 1,
		title
	});
}

/** A place page's picture. */
export function placePicture(place: MapPlace, all: readonly MapPlace[]): string {
	return viewPictureSvg({
		frame: pictureFrame(placeView(place)),
		places: all,
		active: [place.slug],
		title: `Map: ${place.name}`
	});
}

interface PictureChapter {
	places: readonly string[];
	connections?: readonly Connection[];
	view?: { center: [number, number]; zoom: number };
}

/** A chapter's picture, at the view the story, its slide and its page show it at. */
export function chapterPicture(
	chapter: PictureChapter,
	all: readonly MapPlace[],
	overview: LatLngBounds
): string {
	const places = Object.fromEntries(all.map((p) => [p.slug, p]));
	const view = chapterView(chapter, places, overview);
	const names = chapter.places.flatMap((s) => places[s]?.name ?? []);
	return viewPictureSvg({
		frame: pictureFrame(view),
		places: all,
		active: chapter.places,
		connections: chapter.connections,
		title: `Map: ${names.join(', ')}`
	});
}
