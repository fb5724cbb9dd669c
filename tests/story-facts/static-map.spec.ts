// A test of this story's facts (data/): the engine's own tests run on tests/fixtures/harbour-parcel.
import { describe, expect, it } from 'vitest';
import { readContentDir } from '$lib/content/read-files.server';
import { validateContent } from '$lib/content/validate';
import { OG_HEIGHT, OG_WIDTH, ogImagePng } from '$lib/server/og-image';
import { escapeXml, staticMapSvg, type MapPlace } from '$lib/server/static-map';

const content = validateContent(readContentDir('data'));
const place = (slug: string): MapPlace => {
	const p = content.places.find((x) => x.slug === slug);
	if (!p) throw new Error(`no place "${slug}" in data/`);
	return p;
};

/** Where a place's accent pin was drawn, if it was. */
function pinOf(svg: string, slug: string): [number, number] | undefined {
	const m = new RegExp(
		`<circle data-slug="${slug}" class="pin" cx="([-\\d.]+)" cy="([-\\d.]+)"`
	).exec(svg);
	return m ? [Number(m[1]), Number(m[2])] : undefined;
}

const WIDTH = 800;
const HEIGHT = 500;

describe('staticMapSvg', () => {
	const ports = content.chapters.find((c) => c.id === 'ports');
	const portPlaces = ['durres', 'porto-romano'].map(place);
	const svg = staticMapSvg({ width: WIDTH, height: HEIGHT, view: portPlaces, places: portPlaces });

	it('is given the ports of the ports chapter', () => {
		expect(ports?.places).toEqual(expect.arrayContaining(['durres', 'porto-romano']));
	});

	it('labels both ports', () => {
		expect(svg).toMatch(/<text data-slug="durres"[^>]*>Durrës<\/text>/);
		expect(svg).toMatch(/<text data-slug="porto-romano"[^>]*>Porto Romano<\/text>/);
	});

	it('draws the accurate coast patch around the ports', () => {
		expect(svg).toMatch(/<path class="coast-land"[^>]* d="M/);
		expect(svg).toMatch(/<path class="coast-sea"[^>]* d="M/);
	});

	it('puts both pins inside the canvas', () => {
		for (const slug of ['durres', 'porto-romano']) {
			const [x, y] = pinOf(svg, slug) ?? [NaN, NaN];
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(WIDTH);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(HEIGHT);
		}
	});

	it('leaves out a far place that falls outside the view', () => {
		const map = staticMapSvg({
			width: WIDTH,
			height: HEIGHT,
			view: [place('durres')],
			places: [place('durres'), place('tehran')]
		});
		expect(pinOf(map, 'durres')).toBeDefined();
		expect(map).not.toContain('data-slug="tehran"');
		expect(map).not.toContain('Tehran');
	});

	it('leaves out the coast patch far from Albania', () => {
		const london = place('london');
		const map = staticMapSvg({ width: WIDTH, height: HEIGHT, view: [london], places: [london] });
		expect(map).not.toContain('coast-land');
	});

	it('escapes names and titles', () => {
		const odd: MapPlace = { ...place('durres'), slug: 'odd', name: 'Fish & Chips <Ltd>' };
		const map = staticMapSvg({
			width: WIDTH,
			height: HEIGHT,
			view: [odd],
			places: [odd],
			title: 'A "map" & <more>'
		});
		expect(map).toContain('>Fish &amp; Chips &lt;Ltd&gt;</text>');
		expect(map).toContain('<title>A &quot;map&quot; &amp; &lt;more&gt;</title>');
		expect(map).not.toContain('<Ltd>');
	});

	it('draws every place as a quiet pin in the overview picture, unlabelled', () => {
		const map = staticMapSvg({
			width: 1000,
			height: 900,
			view: { kind: 'center', center: [42, 20], zoom: 3 },
			places: content.places,
			quiet: true
		});
		// Pins for the places on the canvas (London to Tehran at zoom 3); countries as squares.
		expect(map).toMatch(/<circle data-slug="tirana" cx="[\d.]+" cy="[\d.]+" r="4" fill="#fff"/);
		expect(map).toMatch(/<rect data-slug="kosovo" /);
		expect(map).toMatch(/<circle data-slug="mek-compound" [^>]*fill="none"[^>]*stroke-dasharray/);
		expect(map).not.toContain('<text');
	});

	it('gives the same bytes for the same options', () => {
		expect(
			staticMapSvg({ width: WIDTH, height: HEIGHT, view: portPlaces, places: portPlaces })
		).toBe(svg);
	});
});

describe('escapeXml', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;'
		);
	});
});

describe('ogImagePng', () => {
	it('makes a 1200×630 PNG', () => {
		const png = ogImagePng({
			title: 'Border Force and the ports',
			kicker: content.story.title,
			detail: 'Chapter 10 · Durrës · Porto Romano',
			view: [place('durres'), place('porto-romano')],
			places: [place('durres'), place('porto-romano')]
		});
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
		expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
		expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
	});
});
