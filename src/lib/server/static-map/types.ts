/** The build-time map's options and the shapes it draws from (static-map.ts). */
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Place } from '$lib/content/schema';
import type { LatLng } from '$lib/map/geo';
import type { MapView } from '$lib/map/view';

/** What the map needs to know about a place. */
export type MapPlace = Pick<
	Place,
	'slug' | 'name' | 'kind' | 'lat' | 'lng' | 'approximate' | 'radiusKm' | 'polygon'
>;

/** A curved line from one point to another, with an arrowhead at `to`. */
export interface MapConnection {
	from: LatLng;
	to: LatLng;
}

export interface StaticMapOptions {
	/** Canvas size in pixels. */
	width: number;
	height: number;
	/**
	 * What to show: places to fit (approximate places with their whole circle, countries with
	 * their whole outline unless they are huge), or an explicit view.
	 */
	view: readonly MapPlace[] | MapView;
	/** The part of the canvas the view is fitted into, [x0, y0, x1, y1]; default the whole canvas. */
	focus?: readonly [number, number, number, number];
	/** Room kept between the fitted places and the edges of the focus, in pixels. */
	padding?: number;
	/** Places drawn on the map; those outside the canvas are left out. */
	places: readonly MapPlace[];
	/** Slugs drawn in the accent colour with labels, most important first; default all places. */
	active?: readonly string[];
	/** Countries tinted in the accent colour, by basemap id ("008") or name ("Kosovo"). */
	highlight?: readonly string[];
	/** Curved lines between places (e.g. an attack, from the capital it is attributed to, to its target). */
	connections?: readonly MapConnection[];
	/** Size of the labels of active places, in pixels; context labels are smaller. */
	fontSize?: number;
	/** The accessible name of the picture. */
	title?: string;
	/**
	 * Every place as the live map draws it before a chapter is chosen: a small neutral pin (a
	 * square for a country, dashed where the position is approximate), at any zoom, unlabelled.
	 */
	quiet?: boolean;
	/** Coordinates closer than this many pixels are merged; coarser is smaller. Default 0.6. */
	minStep?: number;
}

/** A box on the canvas: [x0, y0, x1, y1]. */
export type Box = [x0: number, y0: number, x1: number, y1: number];

/** What every layer draws with: the canvas, its projection and the base sizes. */
export interface Canvas {
	width: number;
	height: number;
	/** The part of the canvas the view is fitted into. */
	focus: readonly [number, number, number, number];
	/** Size of the labels of active places, in pixels. */
	size: number;
	/** An active pin's radius. */
	pinR: number;
	/** A point on the canvas (NaN when it does not project). */
	pt: (lat: number, lng: number) => [number, number];
	/** A GeoJSON object as SVG path data, thinned and clipped to the canvas. */
	d: (object: GeoPermissibleObjects) => string;
	/** True when the point lies on the canvas, or within `margin` of it. */
	onCanvas: (x: number, y: number, margin?: number) => boolean;
}

/** Rounded to one decimal: a map weighs a few tens of kilobytes. */
export const round = (v: number) => Math.round(v * 10) / 10;
