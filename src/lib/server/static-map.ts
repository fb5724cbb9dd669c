/**
 * Maps drawn at build time, as an SVG string, from the same embedded basemap the live map loads
 * (basemap/*.json in the content folder): no tile server, no network. Used for the link-preview images
 * (og-image.ts) and the printable chapter maps.
 *
 * Pure and deterministic: the same options give the same bytes. Coordinates are rounded to one
 * decimal and everything is clipped to the canvas, so a map weighs a few tens of kilobytes.
 *
 * Layers, bottom to top: sea, land (world + detailed tiers), the accurate coast patches at the ports,
 * highlighted countries, borders, connections, approximate areas, pins, labels.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	geoBounds,
	geoMercator,
	geoPath,
	type GeoProjection,
	type GeoStream,
	type GeoStreamWrapper
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Place, PlaceKind } from '$lib/content/schema';
import { tiers as tierList } from '$lib/map/basemap';
import { colours } from '$lib/map/style';
import { contentDir } from '../../../scripts/content-dir.mjs';
import { boundsOf, type LatLng } from '$lib/map/geo';
import { arcPoints, circleCorners, zoomFor, type MapView } from '$lib/map/view';

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
	/** Curved lines between places (e.g. an attack attributed to Tehran, to Tirana). */
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

/** The palette both renderers share ($lib/map/style). */
export { colours };

export const FONT_DIR = 'src/lib/server/fonts';
export const SANS_FONT = `${FONT_DIR}/DejaVuSans.ttf`;
const FONT_STACK = "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&${XML_ENTITIES[c]};`);
}
const XML_ENTITIES: Record<string, string> = {
	'&': 'amp',
	'<': 'lt',
	'>': 'gt',
	'"': 'quot',
	"'": 'apos'
};

// ---------------------------------------------------------------------------------------------
// The basemap, read once per process.

type CountryProps = { name?: string };
interface CountryTier {
	topology: Topology;
	object: GeometryCollection<CountryProps>;
	countries: Feature<Geometry, CountryProps>[];
	/** Lines shared by two countries: no coastlines, no edges where the tier was clipped. */
	borders: MultiLineString;
}
interface CoastTier {
	box: [LatLng, LatLng];
	land: FeatureCollection;
	sea: FeatureCollection;
}
interface Basemap {
	tiers: CountryTier[];
	/** The detailed tiers' boxes (all country tiers but the world). */
	detail: [LatLng, LatLng][];
	coasts: CoastTier[];
}

let cached: Basemap | undefined;

function readTopology(name: string): Topology {
	const file = path.resolve(contentDir(), 'basemap', `${name}.json`);
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Topology;
}

function collection(topology: Topology, name: string): FeatureCollection {
	const object = topology.objects[name] as GeometryCollection | undefined;
	if (!object) throw new Error(`static map: the basemap has no object "${name}"`);
	return feature(topology, object);
}

function basemap(): Basemap {
	if (cached) return cached;
	const countryTiers = tierList.filter((t) => t.kind === 'countries');
	const tiers = countryTiers.map(({ name }): CountryTier => {
		const topology = readTopology(name);
		const object = topology.objects['countries'] as GeometryCollection<CountryProps> | undefined;
		if (!object) throw new Error(`static map: ${name}.json has no object "countries"`);
		return {
			topology,
			object,
			countries: feature(topology, object).features,
			borders: mesh(topology, object, (a, b) => a !== b)
		};
	});
	const coasts = tierList
		.filter((t) => t.kind === 'coast')
		.map(({ name, box }): CoastTier => {
			const coast = readTopology(name);
			return { box, land: collection(coast, 'land'), sea: collection(coast, 'sea') };
		});
	const detail = countryTiers.filter((t) => t.name !== 'world').map((t) => t.box);
	cached = { tiers, detail, coasts };
	return cached;
}

const matches = (key: string, id: unknown, props: CountryProps | null | undefined) =>
	id === key || props?.name === key;

/** Every feature (one per tier it lies in) of the countries named by id or name. */
function countriesFor(keys: readonly string[]): Feature<Geometry, CountryProps>[] {
	return basemap().tiers.flatMap((t) =>
		t.countries.filter((f) => keys.some((k) => matches(k, f.id, f.properties)))
	);
}

// ---------------------------------------------------------------------------------------------
// The view.

/** Countries wider or taller than this are shown around their label point, not whole. */
const MAX_FITTED_COUNTRY_DEGREES = 25;
/** The zoom for a huge country shown around its label point. */
const HUGE_COUNTRY_ZOOM = 4;

/**
 * Outside the detailed tiers the basemap is the coarse world tier (1:110m), whose coastlines turn
 * into visible polygons beyond this zoom.
 */
const WORLD_TIER_MAX_ZOOM = 5;

/** The points a place needs in view: its circle, its whole outline, or itself. */
function extentOf(p: MapPlace): LatLng[] {
	if (p.approximate && p.radiusKm) return circleCorners(p.lat, p.lng, p.radiusKm);
	if (p.kind === 'country' && p.polygon) {
		const parts = countriesFor([p.polygon]).map((f) => geoBounds(f));
		if (parts.length) {
			const corners = parts.flatMap(([[w, s], [e, n]]): LatLng[] => [
				[s, w],
				[n, e]
			]);
			const [[s, w], [n, e]] = boundsOf(corners);
			if (e - w <= MAX_FITTED_COUNTRY_DEGREES && n - s <= MAX_FITTED_COUNTRY_DEGREES)
				return corners;
		}
	}
	return [[p.lat, p.lng]];
}

/**
 * The view that shows every given place, like viewForPlaces in $lib/map/view, except that a
 * country is fitted by its outline. `zooms` says how close to come to a place of each kind.
 */
export function fitPlaces(
	places: readonly MapPlace[],
	zooms: Record<PlaceKind, number> = zoomFor
): MapView {
	const first = places[0];
	if (!first) throw new Error('static map: no places to fit');
	const points = places.flatMap(extentOf);
	const inDetail = ([lat, lng]: LatLng) =>
		basemap().detail.some(([[s, w], [n, e]]) => lat >= s && lat <= n && lng >= w && lng <= e);
	const coarse = points.some((p) => !inDetail(p));
	const maxZoom = Math.min(
		...places.map((p) => zooms[p.kind]),
		coarse ? WORLD_TIER_MAX_ZOOM : Infinity
	);
	if (places.length === 1 && points.length === 1) {
		const zoom = first.kind === 'country' ? Math.min(maxZoom, HUGE_COUNTRY_ZOOM) : maxZoom;
		return { kind: 'center', center: [first.lat, first.lng], zoom };
	}
	return { kind: 'bounds', bounds: boundsOf(points), maxZoom };
}

/** d3's Mercator scale at a web-map zoom level (256-pixel tiles), so zooms mean what Leaflet means. */
const scaleAt = (zoom: number) => (256 * 2 ** zoom) / (2 * Math.PI);

function projectionFor(
	view: MapView,
	[x0, y0, x1, y1]: readonly [number, number, number, number],
	padding: number,
	width: number,
	height: number
): GeoProjection {
	const unit = geoMercator().scale(1).translate([0, 0]);
	const at = (lat: number, lng: number) => unit([lng, lat]) ?? [0, 0];
	let k: number;
	let centre: [number, number];
	if (view.kind === 'center') {
		k = scaleAt(view.zoom);
		centre = at(...view.center);
	} else {
		const [[s, w], [n, e]] = view.bounds;
		const [ax, ay] = at(n, w);
		const [bx, by] = at(s, e);
		const fit = (room: number, size: number) => (size > 0 ? Math.max(room, 1) / size : Infinity);
		k = Math.min(
			scaleAt(view.maxZoom),
			fit(x1 - x0 - 2 * padding, bx - ax),
			fit(y1 - y0 - 2 * padding, by - ay)
		);
		centre = [(ax + bx) / 2, (ay + by) / 2];
	}
	// precision(0): no adaptive resampling. d3 would bend every edge into a great-circle arc
	// (a clip edge along a parallel, such as lat 80 or a detailed tier's box, bulges towards the pole);
	// Leaflet draws each edge as a straight line between its projected ends, and so does this.
	return geoMercator()
		.scale(k)
		.translate([(x0 + x1) / 2 - k * centre[0], (y0 + y1) / 2 - k * centre[1]])
		.precision(0)
		.clipExtent([
			[-2, -2],
			[width + 2, height + 2]
		]);
}

// ---------------------------------------------------------------------------------------------
// Text.

interface FontMetrics {
	unitsPerEm: number;
	advance: (codePoint: number) => number;
}
const metricsCache = new Map<string, FontMetrics>();

/**
 * Glyph advance widths read from a TrueType file (cmap format 4 + hmtx), so labels and titles
 * are placed by the widths the renderer will use. Kerning is ignored: widths err on the wide side.
 */
function fontMetrics(file: string): FontMetrics {
	const hit = metricsCache.get(file);
	if (hit) return hit;
	const buf = fs.readFileSync(path.resolve(file));
	const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
	const tables = new Map<string, number>();
	for (let i = 0; i < dv.getUint16(4); i++) {
		const rec = 12 + 16 * i;
		tables.set(buf.toString('latin1', rec, rec + 4), dv.getUint32(rec + 8));
	}
	const table = (tag: string) => {
		const at = tables.get(tag);
		if (at === undefined) throw new Error(`${file}: no "${tag}" table`);
		return at;
	};
	const unitsPerEm = dv.getUint16(table('head') + 18);
	const metricCount = dv.getUint16(table('hhea') + 34);
	const hmtx = table('hmtx');
	const cmap = table('cmap');
	let sub = -1;
	for (let i = 0; i < dv.getUint16(cmap + 2); i++) {
		const rec = cmap + 4 + 8 * i;
		const offset = cmap + dv.getUint32(rec + 4);
		if (dv.getUint16(rec) === 3 && dv.getUint16(rec + 2) === 1 && dv.getUint16(offset) === 4)
			sub = offset;
	}
	if (sub < 0) throw new Error(`${file}: no Unicode BMP cmap`);
	const segX2 = dv.getUint16(sub + 6);
	const ends = sub + 14;
	const starts = ends + segX2 + 2;
	const deltas = starts + segX2;
	const ranges = deltas + segX2;
	const glyphOf = (c: number): number => {
		for (let i = 0; i < segX2; i += 2) {
			if (dv.getUint16(ends + i) < c) continue;
			const start = dv.getUint16(starts + i);
			if (start > c) return 0;
			const delta = dv.getUint16(deltas + i);
			const range = dv.getUint16(ranges + i);
			if (range === 0) return (c + delta) & 0xffff;
			const g = dv.getUint16(ranges + i + range + 2 * (c - start));
			return g === 0 ? 0 : (g + delta) & 0xffff;
		}
		return 0;
	};
	const widths = new Map<number, number>();
	const metrics: FontMetrics = {
		unitsPerEm,
		advance(c) {
			let w = widths.get(c);
			if (w === undefined) {
				const g = c > 0xffff ? 0 : glyphOf(c);
				w = dv.getUint16(hmtx + 4 * Math.min(g, metricCount - 1));
				widths.set(c, w);
			}
			return w;
		}
	};
	metricsCache.set(file, metrics);
	return metrics;
}

/** The width of a line of text in pixels, in the given font file, with optional letter-spacing. */
export function measureText(text: string, size: number, fontFile = SANS_FONT, spacing = 0): number {
	const m = fontMetrics(fontFile);
	let units = 0;
	let count = 0;
	for (const ch of text) {
		units += m.advance(ch.codePointAt(0) ?? 0);
		count++;
	}
	return (units / m.unitsPerEm) * size + spacing * Math.max(0, count - 1);
}

// ---------------------------------------------------------------------------------------------
// Labels: each tries a few positions and takes the first that stays in the focus and clear of
// the labels and pins already placed. Context labels that find no room are left out.

type Box = [x0: number, y0: number, x1: number, y1: number];
interface Label {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	size: number;
	fill: string;
	spacing: number;
	slug: string;
}
interface LabelRequest {
	slug: string;
	text: string;
	x: number;
	y: number;
	/** Distance from the point to keep clear (a pin's or a circle's radius); -1 centres the label. */
	clear: number;
	size: number;
	fill: string;
	spacing?: number;
	required: boolean;
}

const overlapArea = (a: Box, b: Box) =>
	Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
	Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
/** The score of a label position outside the area: worse than any overlap. */
const OUTSIDE = 1e9;

function placeLabels(requests: readonly LabelRequest[], area: Box, obstacles: Box[]): Label[] {
	const placed: Label[] = [];
	const taken = [...obstacles];
	for (const r of requests) {
		const spacing = r.spacing ?? 0;
		const w = measureText(r.text, r.size, SANS_FONT, spacing);
		const asc = r.size * 0.76;
		const desc = r.size * 0.24;
		const gap = r.clear + Math.max(3, r.size * 0.3);
		const mid = r.y + r.size * 0.35;
		const candidates: Pick<Label, 'x' | 'y' | 'anchor'>[] =
			r.clear < 0
				? [
						{ x: r.x, y: mid, anchor: 'middle' },
						{ x: r.x, y: mid - r.size * 1.3, anchor: 'middle' },
						{ x: r.x, y: mid + r.size * 1.3, anchor: 'middle' }
					]
				: [
						{ x: r.x + gap, y: mid, anchor: 'start' },
						{ x: r.x - gap, y: mid, anchor: 'end' },
						{ x: r.x, y: r.y - gap - desc, anchor: 'middle' },
						{ x: r.x, y: r.y + gap + asc, anchor: 'middle' },
						{ x: r.x + gap * 0.7, y: r.y - gap * 0.7 - desc, anchor: 'start' },
						{ x: r.x + gap * 0.7, y: r.y + gap * 0.7 + asc, anchor: 'start' },
						{ x: r.x - gap * 0.7, y: r.y - gap * 0.7 - desc, anchor: 'end' },
						{ x: r.x - gap * 0.7, y: r.y + gap * 0.7 + asc, anchor: 'end' }
					];
		const boxOf = (c: (typeof candidates)[number]): Box => {
			const left = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
			return [left - 1.5, c.y - asc - 1.5, left + w + 1.5, c.y + desc + 1.5];
		};
		const inside = (b: Box) =>
			b[0] >= area[0] && b[1] >= area[1] && b[2] <= area[2] && b[3] <= area[3];
		const score = (c: (typeof candidates)[number]) => {
			const b = boxOf(c);
			return (inside(b) ? 0 : OUTSIDE) + taken.reduce((sum, t) => sum + overlapArea(t, b), 0);
		};
		let best = candidates[0]!;
		let bestScore = score(best);
		for (const c of candidates.slice(1)) {
			if (bestScore === 0) break;
			const s = score(c);
			if (s < bestScore) [best, bestScore] = [c, s];
		}
		if (bestScore > 0 && !r.required) continue;
		if (bestScore >= OUTSIDE) {
			// A required label that fits nowhere: slide it back inside the area.
			const b = boxOf(best);
			const dx = Math.max(0, area[0] - b[0]) - Math.max(0, b[2] - area[2]);
			const dy = Math.max(0, area[1] - b[1]) - Math.max(0, b[3] - area[3]);
			best = { ...best, x: best.x + dx, y: best.y + dy };
		}
		taken.push(boxOf(best));
		placed.push({ ...best, text: r.text, size: r.size, fill: r.fill, spacing, slug: r.slug });
	}
	return placed;
}

// ---------------------------------------------------------------------------------------------
// The map.

const round = (v: number) => Math.round(v * 10) / 10;
/** Outline points closer than this to the previous one are dropped: invisible, but bytes. */
const MIN_STEP_PX = 0.6;
/** The width on the canvas from which a coast tier is drawn. */
const COAST_MIN_PX = 60;

/** A projection whose output skips points within `step` pixels of the last one kept. */
function thinned(projection: GeoProjection, step: number): GeoStreamWrapper {
	return {
		stream(out) {
			let last: [number, number] | undefined;
			let pending: [number, number] | undefined;
			const thin: GeoStream = {
				point(x, y) {
					if (last && Math.abs(x - last[0]) < step && Math.abs(y - last[1]) < step) {
						pending = [x, y];
						return;
					}
					last = [x, y];
					pending = undefined;
					out.point(x, y);
				},
				lineStart() {
					last = pending = undefined;
					out.lineStart();
				},
				lineEnd() {
					// Keep a line's true end (rings close with Z anyway).
					if (pending) out.point(...pending);
					last = pending = undefined;
					out.lineEnd();
				},
				polygonStart: () => out.polygonStart(),
				polygonEnd: () => out.polygonEnd(),
				sphere: () => out.sphere?.()
			};
			return projection.stream(thin);
		}
	};
}
/** From this zoom on, the story's other places are drawn as muted context. */
const CONTEXT_MIN_ZOOM = 5;
const PIN_CLUSTER_PX = 14;

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
	const base = basemap();
	const out: string[] = [];
	const pathEl = (data: string, attrs: string) => {
		if (data) out.push(`<path ${attrs} d="${data}"/>`);
	};

	// Basemap.
	out.push(`<rect width="${width}" height="${height}" fill="${colours.sea}"/>`);
	const land: FeatureCollection = {
		type: 'FeatureCollection',
		features: base.tiers.flatMap((t) => t.countries)
	};
	// The land's own colour as a hairline hides the seam where the world and detailed tiers meet.
	const landPaint = `fill="${colours.land}" stroke="${colours.land}" stroke-width="0.6"`;
	pathEl(d(land), `class="land" ${landPaint}`);
	// The accurate coast only where it is larger than a thumbnail: on a continent it adds bytes, not detail.
	const coasts = base.coasts.filter(({ box: [[s, w], [n, e]] }) => {
		const [cx0, cy1] = pt(s, w);
		const [cx1, cy0] = pt(n, e);
		return cx1 - cx0 >= COAST_MIN_PX && cx1 > 0 && cx0 < width && cy1 > 0 && cy0 < height;
	});
	for (const c of coasts) pathEl(d(c.land), `class="coast-land" ${landPaint}`);
	const keys = opts.highlight ?? [];
	const highlighted = keys.length ? countriesFor(keys) : [];
	pathEl(
		d({ type: 'FeatureCollection', features: highlighted }),
		`class="highlight" fill="${colours.accent}" fill-opacity="0.18"`
	);
	for (const c of coasts) pathEl(d(c.sea), `class="coast-sea" fill="${colours.sea}"`);
	const borders = base.tiers.map((t) => d(t.borders)).join('');
	pathEl(
		borders,
		`class="borders" fill="none" stroke="${colours.border}" stroke-width="0.8" stroke-linejoin="round"`
	);
	if (keys.length) {
		const isHighlighted = (o: GeometryObject<CountryProps>) =>
			keys.some((k) => matches(k, o.id, o.properties));
		const outline = base.tiers
			.map((t) =>
				d(
					mesh(
						t.topology,
						t.object,
						(a, b) =>
							a !== b &&
							(isHighlighted(a as GeometryObject<CountryProps>) ||
								isHighlighted(b as GeometryObject<CountryProps>))
					)
				)
			)
			.join('');
		pathEl(
			outline,
			`class="highlight-border" fill="none" stroke="${colours.accent}" stroke-width="1.3" stroke-linejoin="round"`
		);
	}

	// Places: where they fall on the canvas, and which are drawn.
	const activeOrder = opts.active ?? opts.places.map((p) => p.slug);
	const rank = (p: MapPlace) => {
		const i = activeOrder.indexOf(p.slug);
		return i < 0 ? Infinity : i;
	};
	const places = [...opts.places].sort((a, b) => rank(a) - rank(b));
	const pinR = Math.max(4, size * 0.36);
	const contextR = pinR * 0.6;
	const onCanvas = (x: number, y: number, margin = 0) =>
		x >= -margin && x <= width + margin && y >= -margin && y <= height + margin;

	const areas: string[] = [];
	const pins: { svg: string; active: boolean; leader: string }[] = [];
	const obstacles: Box[] = [];
	const requests: LabelRequest[] = [];
	const clusters: { x: number; y: number; request: LabelRequest }[] = [];
	// Context (inactive places) only on regional maps: on a continent it is clutter.
	const zoom = Math.log2((projection.scale() * 2 * Math.PI) / 256);
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
		if (p.approximate && p.radiusKm) {
			// An area, never a pin (its position is not known); as context it would only be noise.
			if (!active) continue;
			const north = circleCorners(p.lat, p.lng, p.radiusKm)[1][0];
			const r = Math.max(Math.abs(pt(north, p.lng)[1] - y), pinR * 1.4);
			if (!onCanvas(x, y, r)) continue;
			areas.push(
				`<circle data-slug="${escapeXml(p.slug)}" class="area" cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="${colours.accent}" fill-opacity="0.08" stroke="${colours.accent}" stroke-width="1.5" stroke-dasharray="5 4"/>`
			);
			requests.push({
				slug: p.slug,
				text: p.name,
				x,
				y,
				clear: r,
				size: labelSize,
				fill,
				required: active
			});
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
		// Pins closer than a few pixels share one label ("Durrës · Porto Romano").
		const near = clusters.find((c) => Math.hypot(c.x - x, c.y - y) < PIN_CLUSTER_PX);
		if (near && active && near.request.required) near.request.text += ` · ${p.name}`;
		const request = {
			slug: p.slug,
			text: p.name,
			x,
			y,
			clear: r,
			size: labelSize,
			fill,
			required: active
		};
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

	// Connections, under the places, trimmed short of their ends and with an arrowhead.
	const lines: string[] = [];
	for (const c of opts.connections ?? []) {
		const points = arcPoints(c.from, c.to, 48).map(([lat, lng]) => pt(lat, lng));
		const trimmed = trimEnds(points, pinR + 3, pinR + 4);
		if (trimmed.length < 2) continue;
		const xs = trimmed.map(([x]) => x);
		const ys = trimmed.map(([, y]) => y);
		if (
			Math.max(...xs) < 0 ||
			Math.min(...xs) > width ||
			Math.max(...ys) < 0 ||
			Math.min(...ys) > height
		)
			continue;
		lines.push(
			`<path d="M${trimmed.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}" fill="none" stroke="${colours.accent}" stroke-width="${round(Math.max(1.6, size * 0.12))}" stroke-linecap="round" stroke-opacity="0.85"/>`
		);
		const [tx, ty] = trimmed[trimmed.length - 1]!;
		const [px, py] = trimmed[trimmed.length - 2]!;
		if (onCanvas(tx, ty)) lines.push(arrowhead(px, py, tx, ty, Math.max(8, size * 0.6)));
	}

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

/** Cuts a polyline short by `start` pixels at its start and `end` pixels at its end. */
function trimEnds(points: [number, number][], start: number, end: number): [number, number][] {
	const cut = (pts: [number, number][], by: number) => {
		let left = by;
		for (let i = 1; i < pts.length; i++) {
			const [x0, y0] = pts[i - 1]!;
			const [x1, y1] = pts[i]!;
			const len = Math.hypot(x1 - x0, y1 - y0);
			if (len >= left) {
				const t = left / len;
				return [[x0 + (x1 - x0) * t, y0 + (y1 - y0) * t] as [number, number], ...pts.slice(i)];
			}
			left -= len;
		}
		return [];
	};
	const fromStart = cut(points, start);
	return cut(fromStart.reverse(), end).reverse();
}

function arrowhead(px: number, py: number, tx: number, ty: number, len: number): string {
	const a = Math.atan2(ty - py, tx - px);
	const wing = (s: number) =>
		`${round(tx - len * Math.cos(a) + s * len * 0.45 * Math.sin(a))},${round(ty - len * Math.sin(a) - s * len * 0.45 * Math.cos(a))}`;
	return `<path d="M${round(tx)},${round(ty)}L${wing(1)}L${wing(-1)}Z" fill="${colours.accent}"/>`;
}

// ---------------------------------------------------------------------------------------------
// What a chapter, a place and the whole story show: the same choices for the link previews and
// the printed maps.

/** How close a preview comes to one place of each kind: further out than the live map, for context. */
export const previewZoom: Record<PlaceKind, number> = {
	port: 9,
	city: 7,
	site: 8,
	region: 6,
	sea: 6,
	country: 7
};

export type MapScene = Pick<
	StaticMapOptions,
	'view' | 'places' | 'active' | 'highlight' | 'connections' | 'title'
>;

interface SceneChapter {
	places: readonly string[];
	connections?: readonly { from: string; to: string }[];
}

const countryKeys = (places: readonly MapPlace[]) =>
	places.flatMap((p) => (p.kind === 'country' && p.polygon ? [p.polygon] : []));

/** A chapter: its places (the first is the main one), its countries tinted, its connections. */
export function chapterScene(chapter: SceneChapter, all: readonly MapPlace[]): MapScene {
	const bySlug = new Map(all.map((p) => [p.slug, p]));
	const own = chapter.places.flatMap((s) => bySlug.get(s) ?? []);
	return {
		view: fitPlaces(own, previewZoom),
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

/** One place, centred, with the story's other places nearby as muted context. */
export function placeScene(place: MapPlace, all: readonly MapPlace[]): MapScene {
	return {
		view: fitPlaces([place], previewZoom),
		places: all,
		active: [place.slug],
		highlight: countryKeys([place]),
		title: `Map: ${place.name}`
	};
}

/** The whole story: its overview, every pinned place, the opening chapter's countries tinted. */
export function storyScene(
	overview: MapView,
	opening: SceneChapter,
	all: readonly MapPlace[]
): MapScene {
	const bySlug = new Map(all.map((p) => [p.slug, p]));
	const pinned = all.filter((p) => p.kind !== 'country');
	return {
		view: overview,
		places: pinned,
		active: [...opening.places, ...pinned.map((p) => p.slug)].filter(
			(s, i, list) => list.indexOf(s) === i && bySlug.get(s)?.kind !== 'country'
		),
		highlight: countryKeys(opening.places.flatMap((s) => bySlug.get(s) ?? [])),
		title: 'Map of the places in the story'
	};
}
