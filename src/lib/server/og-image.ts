/**
 * Link-preview images (Open Graph, 1200×630 PNG), made at build time: the static map fills the
 * picture and a dark band on the left names the story and the chapter or place.
 *
 * Rendered by resvg with the fonts committed in ./fonts, never system fonts, so a CI machine
 * without any fonts makes the same bytes as a laptop.
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
	FONT_DIR,
	SANS_FONT,
	colours,
	escapeXml,
	measureText,
	staticMapSvg,
	type StaticMapOptions
} from './static-map';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const SERIF_BOLD = `${FONT_DIR}/DejaVuSerif-Bold.ttf`;
/** Width of the text band; the map's places are fitted into the rest. */
const BAND = 460;
const MARGIN = 52;
const TEXT_WIDTH = BAND - 2 * MARGIN;
const KICKER = { size: 15, spacing: 1.8, lineHeight: 22, colour: '#f2a58e' };
const DETAIL = { size: 20, lineHeight: 27, colour: '#c3c8ce' };
/** Title sizes tried from the largest down, until the title fits in the lines allowed. */
const TITLE_SIZES = [58, 52, 46, 42, 38, 34, 30];
/** Large sizes take at most three lines (a fourth reads as a wall); smaller ones four. */
const titleMaxLines = (size: number) => (size >= 46 ? 3 : 4);
const TITLE_MAX_LINES = 4;

export interface OgImageOptions extends Omit<
	StaticMapOptions,
	'width' | 'height' | 'focus' | 'fontSize' | 'padding'
> {
	/** The chapter or place name, in large serif. */
	title: string;
	/** The story's name, in small capitals at the top. */
	kicker: string;
	/** A line above the title (e.g. "Chapter 10 · Durrës · Porto Romano · 2022"). */
	detail?: string;
}

/** Greedy word wrap by measured width; a word longer than the line stands on its own. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Word wrap into as many lines as greedy wrapping needs, but as even as they can be. */
function balance(text: string, width: number, measure: (s: string) => number): string[] {
	const lines = wrap(text, width, measure);
	if (lines.length < 2) return lines;
	let lo = 0;
	let hi = width;
	while (hi - lo > 1) {
		const mid = (lo + hi) / 2;
		if (wrap(text, mid, measure).length <= lines.length) hi = mid;
		else lo = mid;
	}
	return wrap(text, hi, measure);
}

/** Wraps a "·"-separated line between its parts where it can, so names stay whole. */
function wrapParts(text: string, width: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const part of text.split(' · ')) {
		const next = line ? `${line} · ${part}` : part;
		if (measure(next) <= width) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		const words = wrap(part, width, measure);
		line = words.pop() ?? '';
		lines.push(...words);
	}
	if (line) lines.push(line);
	return lines;
}

/** Keeps at most `max` lines, ending the last with an ellipsis when text was cut. */
function clamp(lines: string[], max: number, width: number, measure: (s: string) => number) {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	let last = `${kept[max - 1]}…`;
	while (measure(last) > width && last.includes(' ')) last = `${last.replace(/\s+\S+…$/, '')}…`;
	kept[max - 1] = last;
	return kept;
}

function textLines(
	lines: string[],
	x: number,
	firstBaseline: number,
	lineHeight: number,
	attrs: string
): string {
	const spans = lines
		.map(
			(l, i) =>
				`<tspan x="${x}" y="${Math.round(firstBaseline + i * lineHeight)}">${escapeXml(l)}</tspan>`
		)
		.join('');
	return `<text ${attrs}>${spans}</text>`;
}

/** The SVG behind the PNG (exposed for checks and for looking at it in a browser). */
export function ogImageSvg(o: OgImageOptions): string {
	const { title, kicker, detail, ...scene } = o;
	const map = staticMapSvg({
		...scene,
		width: OG_WIDTH,
		height: OG_HEIGHT,
		focus: [BAND, 0, OG_WIDTH, OG_HEIGHT],
		padding: 64,
		fontSize: 22
	});

	const sans =
		(size: number, spacing = 0) =>
		(s: string) =>
			measureText(s, size, SANS_FONT, spacing);
	const kickerLines = clamp(
		balance(kicker.toUpperCase(), TEXT_WIDTH, sans(KICKER.size, KICKER.spacing)),
		3,
		TEXT_WIDTH,
		sans(KICKER.size, KICKER.spacing)
	);
	const detailLines = detail
		? clamp(wrapParts(detail, TEXT_WIDTH, sans(DETAIL.size)), 2, TEXT_WIDTH, sans(DETAIL.size))
		: [];

	// The largest title size at which the title fits; at the smallest, cut with an ellipsis.
	let titleSize = TITLE_SIZES[TITLE_SIZES.length - 1]!;
	let titleLines: string[] = [];
	for (const size of TITLE_SIZES) {
		const measure = (s: string) => measureText(s, size, SERIF_BOLD);
		titleSize = size;
		titleLines = balance(title, TEXT_WIDTH, measure);
		const fits = titleLines.every((l) => measure(l) <= TEXT_WIDTH);
		if (titleLines.length <= titleMaxLines(size) && fits) break;
		titleLines = clamp(titleLines, TITLE_MAX_LINES, TEXT_WIDTH, measure);
	}
	const titleLead = Math.round(titleSize * 1.12);

	// The title sits at the foot of the band, the detail line just above it.
	const titleFirst = OG_HEIGHT - MARGIN - (titleLines.length - 1) * titleLead;
	const detailFirst =
		titleFirst - titleSize * 0.95 - 14 - (detailLines.length - 1) * DETAIL.lineHeight;
	const kickerFirst = MARGIN + 18 + KICKER.size;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
		map,
		`<rect width="${BAND}" height="${OG_HEIGHT}" fill="${colours.ink}"/>`,
		`<rect x="${MARGIN}" y="${MARGIN}" width="44" height="5" fill="${colours.accent}"/>`,
		textLines(
			kickerLines,
			MARGIN,
			kickerFirst,
			KICKER.lineHeight,
			`font-family="DejaVu Sans" font-size="${KICKER.size}" letter-spacing="${KICKER.spacing}" fill="${KICKER.colour}"`
		),
		detailLines.length
			? textLines(
					detailLines,
					MARGIN,
					detailFirst,
					DETAIL.lineHeight,
					`font-family="DejaVu Sans" font-size="${DETAIL.size}" fill="${DETAIL.colour}"`
				)
			: '',
		textLines(
			titleLines,
			MARGIN,
			titleFirst,
			titleLead,
			`font-family="DejaVu Serif" font-weight="bold" font-size="${titleSize}" fill="#ffffff"`
		),
		'</svg>'
	].join('');
}

/** Renders an SVG with the committed fonts only. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: {
			fontFiles: [SANS_FONT, SERIF_BOLD].map((f) => path.resolve(f)),
			loadSystemFonts: false,
			defaultFontFamily: 'DejaVu Sans'
		}
	});
	return new Uint8Array(resvg.render().asPng());
}

/** The link-preview PNG, 1200×630. */
export function ogImagePng(o: OgImageOptions): Uint8Array<ArrayBuffer> {
	return renderPng(ogImageSvg(o));
}
