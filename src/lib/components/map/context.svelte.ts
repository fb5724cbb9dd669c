/**
 * What the live map hands its layers, as svelte-maplibre's map context does: LeafletMap makes it
 * and sets it; each layer (Basemap, Pins, …) gets it, adds its Leaflet layers once the map is
 * there, and removes them when the map goes. Two layers also share here what one makes and
 * another reads: the basemap's tiers and the pins.
 */
import type * as Leaflet from 'leaflet';
import { getContext, setContext } from 'svelte';
import type { TierData, TierName } from '$lib/map/basemap';

export class MapContext {
	/** Leaflet itself, once loaded (it touches `window`: only ever in the browser). */
	L = $state.raw<typeof Leaflet | null>(null);
	/** The map, once it has its first view; null again once it is removed. */
	map = $state.raw<Leaflet.Map | null>(null);
	/** The map starts in stages, a task each: the map (0), then its pins (1), then the rest (2). */
	stage = $state(0);
	// Layers read these, not `stage`, so a later stage does not run an earlier one again.
	readonly pinsNow = $derived(this.stage >= 1);
	readonly restNow = $derived(this.stage >= 2);
	/** The basemap tiers loaded and drawn (Basemap's; the highlights look countries up in them). */
	tiers = $state.raw<Record<TierName, TierData>>({});
	/** Every pin by its place's slug (Pins'; a new Map each time the pins are made again). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never changed in place
	markers = $state.raw<ReadonlyMap<string, Leaflet.Marker>>(new Map());

	/** Says that Leaflet or a basemap tier could not load (the page shows its picture instead). */
	readonly fail: () => void;

	constructor(fail: () => void) {
		this.fail = fail;
	}
}

const KEY = Symbol('live map');

/** For the map component: makes the context its layers will get. */
export const setMapContext = (fail: () => void) => setContext(KEY, new MapContext(fail));

/** For a layer, inside the map component. */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('a map layer must sit inside LeafletMap');
	return ctx;
}
