/**
 * The relations between the content's things, looked up instead of recomputed by each route: a
 * place's chapters, quotes and events; a chapter's places, quotes and neighbours; a document's
 * quotes and the chapters that quote it; a claim's cells in the order of the documents. Built once
 * from the index; the validator has made sure every reference in it is known.
 */
import type { Chapter, Content, Source, StoryEvent, StoryPlace } from './index-build';
import type { Claim, Quote } from './schema';

type ClaimCell = Claim['cells'][number];

/** The one before and the one after, or null at the ends. */
export interface Neighbours<T> {
	previous: T | null;
	next: T | null;
}

export interface Relations {
	chapter(id: string): Chapter | undefined;
	place(slug: string): StoryPlace | undefined;
	quote(id: string): Quote | undefined;
	source(id: string): Source | undefined;
	/** The chapters that show a place, in story order. */
	chaptersAt(slug: string): Chapter[];
	/** The quotes about a place, in the order of quotes.yaml. */
	quotesAt(slug: string): Quote[];
	/** The events at a place, in date order. */
	eventsAt(slug: string): StoryEvent[];
	/** A chapter's places, in the chapter's order. */
	placesOf(chapter: Chapter): StoryPlace[];
	/** A chapter's quotes, in the chapter's order. */
	quotesOf(chapter: Chapter): Quote[];
	/** The quotes taken from a document. */
	quotesFrom(sourceId: string): Quote[];
	/** The chapters that show a quote, in story order. */
	chaptersShowing(quoteId: string): Chapter[];
	/** The chapters that quote a document, in story order. */
	chaptersQuoting(sourceId: string): Chapter[];
	/** A claim's cells, one per document, in the order of the documents. */
	cellsOf(claim: Claim): ClaimCell[];
	/** The chapters before and after one in the story (none past either end). */
	chapterNeighbours(chapter: Chapter): Neighbours<Chapter>;
	/** The places before and after one in the list of places, which wraps around at its ends. */
	placeNeighbours(place: StoryPlace): { previous: StoryPlace; next: StoryPlace };
}

/** Groups items under every key an item names, keeping the items' order. */
function groupBy<T>(items: readonly T[], keys: (t: T) => readonly string[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items)
		for (const key of keys(item)) {
			const list = out.get(key);
			if (list) list.push(item);
			else out.set(key, [item]);
		}
	return out;
}

export function relate(content: Content): Relations {
	const { chapters, places, quotes, events, sources } = content;
	const byId = <T>(list: readonly T[], id: (t: T) => string) =>
		new Map(list.map((t) => [id(t), t]));
	const chapterById = byId(chapters, (c) => c.id);
	const placeBySlug = byId(places, (p) => p.slug);
	const quoteById = byId(quotes, (q) => q.id);
	const sourceById = byId(sources, (s) => s.id);
	const chaptersAt = groupBy(chapters, (c) => c.places);
	const quotesAt = groupBy(quotes, (q) => q.places);
	const eventsAt = groupBy(events, (e) => e.places);
	const quotesFrom = groupBy(quotes, (q) => [q.source]);
	const chaptersShowing = groupBy(chapters, (c) => c.quotes);
	const chaptersQuoting = groupBy(chapters, (c) => [
		...new Set(c.quotes.map((id) => quoteById.get(id)!.source))
	]);
	const known = <T>(items: (T | undefined)[]) => items.filter((t) => t !== undefined);

	return {
		chapter: (id) => chapterById.get(id),
		place: (slug) => placeBySlug.get(slug),
		quote: (id) => quoteById.get(id),
		source: (id) => sourceById.get(id),
		chaptersAt: (slug) => chaptersAt.get(slug) ?? [],
		quotesAt: (slug) => quotesAt.get(slug) ?? [],
		eventsAt: (slug) => eventsAt.get(slug) ?? [],
		placesOf: (ch) => known(ch.places.map((s) => placeBySlug.get(s))),
		quotesOf: (ch) => known(ch.quotes.map((id) => quoteById.get(id))),
		quotesFrom: (id) => quotesFrom.get(id) ?? [],
		chaptersShowing: (id) => chaptersShowing.get(id) ?? [],
		chaptersQuoting: (id) => chaptersQuoting.get(id) ?? [],
		cellsOf: (claim) => known(sources.map((s) => claim.cells.find((c) => c.source === s.id))),
		chapterNeighbours(ch) {
			const i = chapters.indexOf(ch);
			if (i < 0) return { previous: null, next: null };
			return { previous: chapters[i - 1] ?? null, next: chapters[i + 1] ?? null };
		},
		placeNeighbours(p) {
			// A place not in the list (none is, after validation) is its own neighbour.
			const i = places.indexOf(p);
			const at = (j: number) => (i < 0 ? p : places[(j + places.length) % places.length]!);
			return { previous: at(i - 1), next: at(i + 1) };
		}
	};
}
