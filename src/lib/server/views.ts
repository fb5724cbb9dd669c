import type { ChapterView, PinPlace, QuoteView, SourceRef } from '$lib/content/views';
import type { Chapter } from '$lib/content/validate';
import type { Place, Quote } from '$lib/content/schema';
import { content, quote, source } from './content';
import { evidenceNotes } from './evidence-notes';

export function sourceRef(id: string): SourceRef {
	const s = source(id)!;
	return { id: s.id, short: s.short, headline: s.headline };
}

export function quoteView(q: Quote): QuoteView {
	return { ...q, source: sourceRef(q.source) };
}

export function chapterView(ch: Chapter): ChapterView {
	return {
		id: ch.id,
		order: ch.order,
		title: ch.title,
		kicker: ch.kicker,
		dates: ch.dates,
		summary: ch.summary,
		paragraphs: ch.paragraphs,
		evidence: evidenceNotes(ch.paragraphs),
		places: ch.places,
		quotes: ch.quotes.map((id) => quoteView(quote(id)!)),
		connections: ch.connections ?? [],
		notes: ch.notes,
		question: ch.question,
		view: ch.view
	};
}

export const allChapters = (): ChapterView[] => content.chapters.map(chapterView);

/** What a pin on the map needs of a place, and nothing more (the rest stays on the server). */
export const pinPlace = ({ slug, name, kind, lat, lng, approximate, radiusKm, polygon }: Place) =>
	({
		slug,
		name,
		kind,
		lat,
		lng,
		approximate,
		radiusKm,
		polygon
	}) satisfies PinPlace;
