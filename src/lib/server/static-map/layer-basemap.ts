/**
 * The picture's basemap, bottom to top: sea, land (the world and the detailed tiers), the accurate
 * coast patches at the ports, highlighted countries, borders, and the highlighted countries'
 * outline. The same tiers and colours as the live map's basemap layer.
 */
import type { FeatureCollection } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { colours } from '$lib/map/style';
import { basemap, countriesFor, matches, type CountryProps } from './basemap-data';
import type { Canvas } from './types';

/** The width on the canvas from which a coast tier is drawn. */
const COAST_MIN_PX = 60;

/** The basemap's SVG elements; `keys` names the countries tinted (basemap id or name). */
export function basemapLayer(canvas: Canvas, keys: readonly string[]): string[] {
	const { width, height, pt, d } = canvas;
	const base = basemap();
	const out: string[] = [];
	const pathEl = (data: string, attrs: string) => {
		if (data) out.push(`<path ${attrs} d="${data}"/>`);
	};
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
	return out;
}
