import { describe, expect, it } from 'vitest';
import { precacheList, startScript } from './precache';

const build = ['/s/_app/immutable/entry/start.AbC1.js', '/s/_app/immutable/chunks/leaflet.x.js'];
const files = ['/s/favicon.svg'];
const prerendered = [
	'/s/',
	'/s/offline',
	'/s/handout',
	'/s/places',
	'/s/places/harbour',
	'/s/present',
	'/s/present/one',
	'/s/present/__data.json',
	'/s/present/one/__data.json',
	'/s/places/harbour/__data.json',
	'/s/present/one/presenter',
	'/s/chapters/one',
	'/s/timeline',
	'/s/sources',
	'/s/og/one.png',
	'/s/maps/chapters/one.svg',
	'/s/maps/overview.svg',
	'/s/maps/views/places/harbour.svg',
	'/s/basemap/world.json',
	'/s/sitemap.xml'
];

describe('precacheList', () => {
	const list = precacheList({ base: '/s', build, files, prerendered });

	it('saves the code, the static files, the story, its places, slides and their pictures', () => {
		expect(list).toEqual([
			...build,
			...files,
			'/s/',
			'/s/offline',
			'/s/places',
			'/s/places/harbour',
			'/s/present',
			'/s/present/one',
			'/s/maps/overview.svg',
			'/s/maps/views/places/harbour.svg',
			'/s/basemap/world.json'
		]);
	});

	it('leaves the presenter, chapters, timeline, sources, handout, previews to a visit', () => {
		const later =
			/\/presenter$|^\/s\/(chapters|timeline|sources|handout|og|sitemap|maps\/chapters)/;
		expect(list.filter((p) => later.test(p))).toEqual([]);
	});

	it('reads addresses after the base path only', () => {
		expect(precacheList({ base: '', build: [], files: [], prerendered: ['/places/x'] })).toEqual([
			'/places/x'
		]);
		expect(precacheList({ base: '/s', build: [], files: [], prerendered: ['/other/'] })).toEqual(
			[]
		);
	});
});

describe('startScript', () => {
	it('names the hashed start-up file, as a page may name it by a relative path', () => {
		expect(startScript(build)).toBe('start.AbC1.js');
		expect(startScript(['/_app/x.js'])).toBeNull();
	});
});
