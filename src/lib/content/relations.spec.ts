// The content's relations, on the fixture story (tests/fixtures/harbour-parcel): three chapters,
// five places, two quotes from two documents, three events, one claim.
import { describe, expect, it } from 'vitest';
import { readContentDir } from './read-files.server';
import { relate } from './relations';
import { validateContent } from './validate';

const content = validateContent(readContentDir('tests/fixtures/harbour-parcel'));
const r = relate(content);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const slugs = (xs: { slug: string }[]) => xs.map((x) => x.slug);

describe('relate', () => {
	it('finds things by id and slug, and nothing for an unknown one', () => {
		expect(r.chapter('the-station')?.title).toBe(content.chapters[1]!.title);
		expect(r.place('suva')?.name).toBe('Suva');
		expect(r.quote('keeper-no-rain')?.source).toBe('logbook');
		expect(r.source('bulletin')?.id).toBe('bulletin');
		expect(r.chapter('nope')).toBeUndefined();
		expect(r.place('Suva')).toBeUndefined();
	});

	it("gives a place's chapters in story order, its quotes and its events", () => {
		expect(ids(r.chaptersAt('valparaiso'))).toEqual(['the-parcel', 'date-line']);
		expect(ids(r.chaptersAt('chile'))).toEqual(['the-station']);
		expect(ids(r.quotesAt('valparaiso'))).toEqual(['harbour-master-dawn']);
		expect(ids(r.eventsAt('desert-station'))).toEqual(['parcel-waits']);
		expect(r.quotesAt('suva')).toEqual([]);
		expect(r.chaptersAt('atlantis')).toEqual([]);
	});

	it("gives a chapter's places and quotes in the chapter's order", () => {
		const station = r.chapter('the-station')!;
		expect(slugs(r.placesOf(station))).toEqual(['desert-station', 'chile']);
		expect(ids(r.quotesOf(station))).toEqual(['keeper-no-rain']);
		expect(r.quotesOf(r.chapter('date-line')!)).toEqual([]);
	});

	it("gives a document's quotes and the chapters that quote it", () => {
		expect(ids(r.quotesFrom('bulletin'))).toEqual(['harbour-master-dawn']);
		expect(ids(r.chaptersQuoting('bulletin'))).toEqual(['the-parcel']);
		expect(ids(r.chaptersShowing('keeper-no-rain'))).toEqual(['the-station']);
		expect(ids(r.chaptersQuoting('logbook'))).toEqual(['the-station']);
	});

	it("gives a claim's cells in the order of the documents", () => {
		const claim = content.claims[0]!;
		const reversed = { ...claim, cells: [...claim.cells].reverse() };
		expect(r.cellsOf(reversed).map((c) => c.source)).toEqual(ids(content.sources));
	});

	it('gives a chapter no neighbour past the ends of the story', () => {
		expect(r.chapterNeighbours(r.chapter('the-parcel')!)).toEqual({
			previous: null,
			next: r.chapter('the-station')
		});
		expect(r.chapterNeighbours(r.chapter('the-station')!).previous).toBe(r.chapter('the-parcel'));
		expect(r.chapterNeighbours(r.chapter('date-line')!).next).toBeNull();
	});

	it('wraps the places around at the ends of their list', () => {
		const first = content.places[0]!;
		const last = content.places.at(-1)!;
		expect(r.placeNeighbours(first).previous).toBe(last);
		expect(r.placeNeighbours(last).next).toBe(first);
		expect(r.placeNeighbours(content.places[1]!)).toEqual({
			previous: first,
			next: content.places[2]
		});
	});
});
