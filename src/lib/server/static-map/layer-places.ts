/**
 * The picture's places: where they fall on the canvas and which are drawn. Active places in the
 * accent colour, most important first; approximate places as dashed areas, never pins; countries,
 * seas and regions named, not pinned; the story's other places as muted context on regional maps
 * only. It returns the pins and areas to draw and the labels to place around them (labels.ts).
 */
import { colours } from '$lib/map/style';
import { circleCorners } from '$lib/map/view';
import type { LabelRequest } from './labels';
import { escapeXml } from './text';
import { round, type Box, type Canvas, type MapPlace } from './types';

/** From this zoom on, the story's other places are drawn as muted context. */
const CONTEXT_MIN_ZOOM = 5;
const PIN_CLUSTER_PX = 14;

export interface PlacesLayer {
	/** Approximate places' circles. */
	areas: string[];
	/** Pins, each with the slug whose label it goes with (`leader`). */
	pins: { svg: string; active: boolean; leader: string }[];
	/** The pins' boxes, for labels to keep clear of. */
	obstacles: Box[];
	/** The labels wanted, before placement. */
	requests: LabelRequest[];
}

export function placesLayer(
	canvas: Canvas,
	zoom: number,
	opts: { places: readonly MapPlace[]; active?: readonly string[]; quiet?: boolean }
): PlacesLayer {
	const { size, pinR, pt, onCanvas, focus } = canvas;
	// Places: where they fall on the canvas, and which are drawn.
	const activeOrder = opts.active ?? opts.places.map((p) => p.slug);
	const rank = (p: MapPlace) => {
		const i = activeOrder.indexOf(p.slug);
		return i < 0 ? Infinity : i;
	};
	const places = [...opts.places].sort((a, b) => rank(a) - rank(b));
	const contextR = pinR * 0.6;

	const areas: string[] = [];
	const pins: { svg: string; active: boolean; leader: string }[] = [];
	const obstacles: Box[] = [];
	const requests: LabelRequest[] = [];
	const clusters: { x: number; y: number; request: LabelRequest }[] = [];
	// Context (inactive places) only on regional maps: on a continent it is clutter.
	const showContext = zoom >= CONTEXT_MIN_ZOOM;
	for (const p of places) {
		if (opts.quiet) {
			const svg = quietPin(p, pt);
			if (svg) pins.push({ leader: p.slug, active: true, svg });
			continue;
		}
		const active = rank(p) < Infinity;
		if (!active && !showContext) continue;
		const [x, y] = pt(p.lat, p.lng);
		const fill = active ? colours.ink : colours.context;
		const labelSize = active ? size : Math.round(size * 0.82);
		/** The place's name beside its pin or area, keeping `clear` pixels from its point. */
		const nameBeside = (clear: number): LabelRequest => ({
			slug: p.slug,
			text: p.name,
			x,
			y,
			clear,
			size: labelSize,
			fill,
			required: active
		});
		if (p.approximate && p.radiusKm) {
			// An area, never a pin (its position is not known); as context it would only be noise.
			if (!active) continue;
			const north = circleCorners(p.lat, p.lng, p.radiusKm)[1][0];
			const r = Math.max(Math.abs(pt(north, p.lng)[1] - y), pinR * 1.4);
			if (!onCanvas(x, y, r)) continue;
			areas.push(
				`<circle data-slug="${escapeXml(p.slug)}" class="area" cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="${colours.accent}" fill-opacity="0.08" stroke="${colours.accent}" stroke-width="1.5" stroke-dasharray="5 4"/>`
			);
			requests.push(nameBeside(r));
			continue;
		}
		if (!onCanvas(x, y)) continue;
		if (p.kind === 'country' || p.kind === 'sea' || p.kind === 'region') {
			// Areas are named, not pinned: the tint (for a country) says where they are.
			const isSea = p.kind === 'sea';
			requests.push({
				slug: p.slug,
				text: isSea ? p.name : p.name.toUpperCase(),
				x,
				y,
				clear: -1,
				size: Math.round(labelSize * 0.86),
				fill: isSea ? colours.seaText : active ? colours.accentText : colours.context,
				spacing: isSea ? 0.5 : labelSize * 0.1,
				required: false
			});
			continue;
		}
		// Context pins keep clear of the edges, where they would be cut in half.
		const edge = 12;
		if (
			!active &&
			!(x > focus[0] + edge && x < focus[2] - edge && y > focus[1] + edge && y < focus[3] - edge)
		)
			continue;
		const r = active ? pinR : contextR;
		obstacles.push([x - r - 1, y - r - 1, x + r + 1, y + r + 1]);
		// Pins closer than a few pixels share one label ("Harbour · Quay").
		const near = clusters.find((c) => Math.hypot(c.x - x, c.y - y) < PIN_CLUSTER_PX);
		if (near && active && near.request.required) near.request.text += ` · ${p.name}`;
		const request = nameBeside(r);
		if (!near) {
			clusters.push({ x, y, request });
			requests.push(request);
		}
		pins.push({
			leader: near?.request.slug ?? p.slug,
			active,
			svg: active
				? `<circle data-slug="${escapeXml(p.slug)}" class="pin" cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="${colours.accent}" stroke="#fff" stroke-width="${round(r * 0.45)}"/>`
				: `<circle data-slug="${escapeXml(p.slug)}" class="context" cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="${colours.context}" stroke="#fff" stroke-width="1.2"/>`
		});
	}
	return { areas, pins, obstacles, requests };
}

/** The live map's neutral pin (StoryMap's .story-pin .dot): a 10 px dot, white with a grey rim. */
function quietPin(p: MapPlace, pt: (lat: number, lng: number) => [number, number]): string {
	// An approximate place's pin sits on the north edge of its circle, as on the live map.
	const [x, y] =
		p.approximate && p.radiusKm ? pt(p.lat + p.radiusKm / 111.32, p.lng) : pt(p.lat, p.lng);
	if (!Number.isFinite(x) || !Number.isFinite(y)) return '';
	const ring = `fill="${p.approximate ? 'none' : '#fff'}" stroke="${colours.pinRing}" stroke-width="2"${p.approximate ? ' stroke-dasharray="3 2"' : ''}`;
	const slug = `data-slug="${escapeXml(p.slug)}"`;
	return p.kind === 'country'
		? `<rect ${slug} x="${round(x - 4)}" y="${round(y - 4)}" width="8" height="8" rx="2" ${ring}/>`
		: `<circle ${slug} cx="${round(x)}" cy="${round(y)}" r="4" ${ring}/>`;
}
