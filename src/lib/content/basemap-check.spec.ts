// The basemap's list of tiers, checked on the fixture story's content folder.
import { describe, expect, it } from 'vitest';
import { readContentDir } from './read-files.server';
import { ContentError, validateContent, type ContentFiles } from './validate';

const fixture = () => readContentDir('tests/fixtures/harbour-parcel');
const TIERS = 'data/basemap/tiers.yaml';

function problems(files: ContentFiles): string[] {
	try {
		validateContent(files);
	} catch (e) {
		if (e instanceof ContentError)
			return e.issues.map((i) => `${i.file}:${i.line ?? ''} ${i.field} ${i.message}`);
		throw e;
	}
	return [];
}

const edited = (from: string, to: string) => {
	const files = fixture();
	const before = files[TIERS]!;
	files[TIERS] = before.replace(from, to);
	if (files[TIERS] === before) throw new Error(`edit did not apply: ${from}`);
	return files;
};

describe('basemap/tiers.yaml', () => {
	it('is accepted as npm run data:basemap wrote it', () => {
		expect(problems(fixture())).toEqual([]);
	});

	it('names the line and field of a tier that is wrong', () => {
		expect(
			problems(
				edited('box: [[-27.9, -74.6], [-19.9, -64.6]]', 'box: [[-19.9, -74.6], [-27.9, -64.6]]')
			)
		).toEqual([
			'data/basemap/tiers.yaml:11 tiers[1].box must be [[south, west], [north, east]] with south < north and west < east (found [[-19.9,-74.6],[-27.9,-64.6]])'
		]);
		expect(problems(edited('kind: coast', 'kind: coastline'))[0]).toMatch(
			/^data\/basemap\/tiers\.yaml:\d+ tiers\[5\]\.kind /
		);
	});

	it('wants the world first, every tier with its file, and every file listed', () => {
		expect(problems(edited('name: world', 'name: globe'))).toEqual(
			expect.arrayContaining([
				'data/basemap/tiers.yaml:5 tiers[0] must be the tier named "world", loaded from zoom 0 (minZoom: 0)',
				'data/basemap/tiers.yaml:5 tiers[0].name has no file data/basemap/globe.json',
				'data/basemap/world.json:  is not a tier of basemap/tiers.yaml: list it there or remove it'
			])
		);
	});

	it('is required, and says how to make it', () => {
		const files = fixture();
		delete files[TIERS];
		expect(problems(files)).toContain(
			'data/basemap/tiers.yaml:  is missing: run `npm run data:basemap` to make the basemap for this story'
		);
	});

	it('gives the countries a place may name', () => {
		const files = fixture();
		files['data/places/chile.yaml'] = files['data/places/chile.yaml']!.replace("'152'", "'999'");
		expect(problems(files)[0]).toMatch(
			/^data\/places\/chile\.yaml:\d+ polygon "999" is not a country of the basemap/
		);
	});
});
