/**
 * The live map's decluttering, as plain geometry (tested against a fake map): which active labels
 * would sit on one another, and which pins are too crowded to hit apart. The map's layers measure
 * the page and write the result; this only decides, from where the map puts each place.
 */
import { overlapping, type Box } from './overlap';
import { onScreen, type Point } from './roving';

/** A place on the map (Leaflet's LatLng is one). */
export interface LatLngLike {
	lat: number;
	lng: number;
}

/** What decluttering asks of the map (Leaflet's Map answers it): where a place is, how big it is. */
export interface ScreenMap {
	latLngToContainerPoint(at: LatLngLike): Point;
	getSize(): Point;
}

/** A pin's icon and target: a square this many pixels wide about its point (WCAG 2.2, 2.5.8). */
export const PIN_SIZE = 24;

/** A label's size, and how far it starts from its pin's icon's left edge (measured once). */
export interface LabelSize {
	w: number;
	h: number;
	left: number;
}

/** Where a pin's label sits: `left` px from the icon's corner, half a pin left of the point. */
export function labelBox(p: Point, size: LabelSize): Box {
	const left = p.x - PIN_SIZE / 2 + size.left;
	return { left, right: left + size.w, top: p.y - size.h / 2, bottom: p.y + size.h / 2 };
}

/**
 * Which labels to hide: a label that would overlap one placed before it, in the order given (the
 * page's order of its active places). Its pin stays.
 */
export function hiddenLabels(
	map: ScreenMap,
	labels: readonly { at: LatLngLike; size: LabelSize }[]
): boolean[] {
	return overlapping(labels.map(({ at, size }) => labelBox(map.latLngToContainerPoint(at), size)));
}

/**
 * The order in which crowded pins keep their place, of `all`: the pin with the keyboard focus
 * first (so it stays a control), then the active places in the page's order, then the rest.
 */
export function crowdingOrder(
	all: readonly string[],
	active: readonly string[],
	focused?: string | null
): string[] {
	const known = new Set(all);
	return [
		...(focused && known.has(focused) ? [focused] : []),
		...active.filter((s) => s !== focused && known.has(s)),
		...all.filter((s) => !active.includes(s) && s !== focused)
	];
}

/** A pin after decluttering. */
export interface PinSpot {
	slug: string;
	/** Where it stands, in the map's pixels. */
	at: Point;
	active: boolean;
	/** Its target overlaps that of a pin kept before it: drawn, but no control. */
	crowded: boolean;
	/** It can take the focus and the pointer: not crowded, and wholly on screen. */
	control: boolean;
}

/**
 * Crowded pins (the Balkans at a small zoom) would be targets too small to hit apart: in the
 * order given (crowdingOrder), a pin whose target overlaps that of one kept before it is crowded.
 * Neither a crowded pin nor one partly off screen is a control.
 */
export function declutterPins(
	map: ScreenMap,
	pins: readonly { slug: string; at: LatLngLike }[],
	active: readonly string[]
): PinSpot[] {
	const size = map.getSize();
	const points = pins.map(({ at }) => map.latLngToContainerPoint(at));
	const r = PIN_SIZE / 2;
	const crowded = overlapping(
		points.map(({ x, y }) => ({ left: x - r, right: x + r, top: y - r, bottom: y + r }))
	);
	return pins.map(({ slug }, i) => {
		const at = { x: points[i]!.x, y: points[i]!.y };
		return {
			slug,
			at,
			active: active.includes(slug),
			crowded: crowded[i]!,
			control: !crowded[i] && onScreen(at, size.x, size.y, PIN_SIZE)
		};
	});
}
