/**
 * Maps drawn at build time, as an SVG string, from the same embedded basemap the live map loads
 * (basemap/*.json in the content folder): no tile server, no network. Used for the link-preview
 * images (og-image.ts), the pictures pages show before their live map starts, and the printable
 * chapter maps.
 *
 * Pure and deterministic: the same options give the same bytes. Coordinates are rounded to one
 * decimal and everything is clipped to the canvas, so a map weighs a few tens of kilobytes.
 *
 * Layers, bottom to top: the basemap (static-map/layer-basemap.ts: sea, land, the accurate coast
 * at the ports, highlighted countries, borders), connections (layer-connections.ts), approximate
 * areas and pins (layer-places.ts), labels (labels.ts). Where it looks: static-map/projection.ts.
 */
import { geoPath } from 'd3-geo';
import { colours } from '$lib/map/style';
import { placeLabels } from './static-map/labels';
import { basemapLayer } from './static-map/layer-basemap';
import { connectionsLayer } from './static-map/layer-connections';
import { placesLayer } from './static-map/layer-places';
import { fitPlaces, projectionFor, thinned } from './static-map/projection';
import { escapeXml, FONT_STACK } from './static-map/text';
import { round, type Canvas, type StaticMapOptions } from './static-map/types';

export { fitPlaces } from './static-map/projection';
export { escapeXml, FONT_DIR, measureText, SANS_FONT } from './static-map/text';
export type { MapConnection, MapPlace, StaticMapOptions } from './static-map/types';
/** The palette both renderers share ($lib/map/style). */
export { colours };

/** Outline points closer than this to the previous one are dropped: invisible, but bytes. */
const MIN_STEP_PX = 0.6;

/** The SVG of a map: see StaticMapOptions. */
export function staticMapSvg(opts: StaticMapOptions): string {
	const { width, height } = opts;
	const focus = opts.focus ?? [0, 0, width, height];
	const padding = opts.padding ?? Math.round(Math.min(width, height) * 0.1);
	const size = opts.fontSize ?? 14;
	const view = 'kind' in opts.view ? opts.view : fitPlaces(opts.view);
	const projection = projectionFor(view, focus, padding, width, height);
	const step = opts.minStep ?? MIN_STEP_PX;
	const geoPathOf = geoPath(thinned(projection, step)).digits(step >= 1 ? 0 : 1);
	const d = (object: Parameters<typeof geoPathOf>[0]) => geoPathOf(object) ?? '';
	const pt = (lat: number, lng: number): [number, number] =>
		projection([lng, lat]) ?? [Number.NaN, Number.NaN];
	const canvas: Canvas = {
		width,
		height,
		focus,
		size,
		pinR: Math.max(4, size * 0.36),
		pt,
		d,
		onCanvas: (x, y, margin = 0) =>
			x >= -margin && x <= width + margin && y >= -margin && y <= height + margin
	};
	const out = basemapLayer(canvas, opts.highlight ?? []);
	const zoom = Math.log2((projection.scale() * 2 * Math.PI) / 256);
	const { areas, pins, obstacles, requests } = placesLayer(canvas, zoom, opts);
	// Connections, under the places.
	const lines = connectionsLayer(canvas, opts.connections ?? []);

	// Labels: active first (in the order given), then context.
	requests.sort((a, b) => Number(b.required) - Number(a.required));
	const inset = 4;
	const labels = placeLabels(
		requests,
		[focus[0] + inset, focus[1] + inset, focus[2] - inset, focus[3] - inset],
		obstacles
	);
	// A context pin without a label would only puzzle: it goes with its label. Active pins on top.
	const labelled = new Set(labels.map((l) => l.slug));
	const pinSvg = [
		...pins.filter((p) => !p.active && labelled.has(p.leader)),
		...pins.filter((p) => p.active)
	]
		.map((p) => p.svg)
		.join('');
	const text = labels
		.map(
			(l) =>
				`<text data-slug="${escapeXml(l.slug)}" x="${round(l.x)}" y="${round(l.y)}"${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`} font-size="${l.size}" fill="${l.fill}"${l.spacing ? ` letter-spacing="${round(l.spacing)}"` : ''}>${escapeXml(l.text)}</text>`
		)
		.join('');

	const title = opts.title ? `<title>${escapeXml(opts.title)}</title>` : '';
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${opts.title ? ` role="img" aria-label="${escapeXml(opts.title)}"` : ''}>`,
		title,
		...out,
		lines.length ? `<g class="connections">${lines.join('')}</g>` : '',
		areas.length ? `<g class="areas">${areas.join('')}</g>` : '',
		pinSvg ? `<g class="pins">${pinSvg}</g>` : '',
		text
			? `<g class="labels" font-family="${FONT_STACK}" stroke="#fff" stroke-width="${round(Math.max(3, size * 0.26))}" stroke-linejoin="round" paint-order="stroke">${text}</g>`
			: '',
		'</svg>'
	].join('');
}
