/**
 * The picture a map shows before its live map starts, and instead of it when it cannot: drawn at
 * build time (src/lib/server/view-picture.ts) from a frame, a centre and a zoom, and placed in the
 * page where the live map will draw the same view, so one replaces the other without a jump.
 *
 * Pure: the build draws a frame and the page places it with the same arithmetic.
 */
import type { LatLngBounds } from './geo';
import { boundsCentre, fitZoom, MAX_ZOOM, MIN_ZOOM, type MapView } from './view';

/** What a picture shows: `width` × `height` pixels about `center`, at a web-map `zoom`. */
export interface PictureFrame {
	center: [number, number];
	zoom: number;
	width: number;
	height: number;
}

/** A picture of a view, as a page hands it to its map. */
export interface MapPicture {
	src: string;
	alt: string;
	frame: PictureFrame;
}

/**
 * Pictures of one view (a place, a chapter): wide and tall enough for the boxes the site puts a
 * map in (a place page's band, a slide's half) without scaling a centred view at all.
 */
export const VIEW_PICTURE = { width: 1600, height: 1000 } as const;
/**
 * A fitted view's picture is drawn at the zoom Leaflet picks for a box of this size (a slide's
 * half of a laptop's screen), so there it is shown as drawn.
 */
const REFERENCE_BOX = { width: 576, height: 720 } as const;

/** The zoom the live map shows `view` at in a box of `width` × `height` pixels. */
export function liveZoom(view: MapView, width: number, height: number): number {
	if (view.kind === 'center') return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, view.zoom));
	return fitZoom(view, width, height);
}

/** The frame of a view's picture: centred where Leaflet centres it (the middle of the box). */
export function pictureFrame(view: MapView): PictureFrame {
	const center = view.kind === 'center' ? view.center : boundsCentre(view.bounds);
	const zoom = liveZoom(view, REFERENCE_BOX.width, REFERENCE_BOX.height);
	return { center: [center[0], center[1]], zoom, ...VIEW_PICTURE };
}

/**
 * The story's overview (/maps/overview.svg): drawn at zoom 3, 1000 × 900 pixels, centred where the
 * live map centres the overview's bounds.
 */
export function overviewFrame(bounds: LatLngBounds): PictureFrame {
	return { center: boundsCentre(bounds), zoom: 3, width: 1000, height: 900 };
}

/**
 * How much to scale a picture, about its centre, for a box of `width` × `height`: 2^(the live
 * map's zoom there − the picture's zoom). A centred view is 1 in any box.
 */
export function pictureScale(frame: PictureFrame, view: MapView, width: number, height: number) {
	return 2 ** (liveZoom(view, width, height) - frame.zoom);
}
