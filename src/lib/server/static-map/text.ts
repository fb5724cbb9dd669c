/**
 * Text on the pictures: glyph advance widths from the font files the renderer draws with (read
 * with opentype.js), so labels and titles are placed by the widths resvg will use; and escaping.
 */
import fs from 'node:fs';
import path from 'node:path';
import opentype from 'opentype.js';

export const FONT_DIR = 'src/lib/server/fonts';
export const SANS_FONT = `${FONT_DIR}/DejaVuSans.ttf`;
export const FONT_STACK = "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

interface FontMetrics {
	unitsPerEm: number;
	advance: (char: string) => number;
}
const metricsCache = new Map<string, FontMetrics>();

/** A font's advance widths, in font units, by character (kerning ignored: widths err wide). */
function fontMetrics(file: string): FontMetrics {
	const hit = metricsCache.get(file);
	if (hit) return hit;
	const buf = fs.readFileSync(path.resolve(file));
	let font: opentype.Font;
	try {
		font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
	} catch (e) {
		throw new Error(`${file}: not a font opentype.js can read (${(e as Error).message})`);
	}
	const widths = new Map<string, number>();
	const metrics: FontMetrics = {
		unitsPerEm: font.unitsPerEm,
		advance(char) {
			let w = widths.get(char);
			if (w === undefined) {
				// A character the font lacks gets its .notdef glyph, as the renderer draws it.
				w = font.charToGlyph(char).advanceWidth ?? 0;
				widths.set(char, w);
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
		units += m.advance(ch);
		count++;
	}
	return (units / m.unitsPerEm) * size + spacing * Math.max(0, count - 1);
}

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
