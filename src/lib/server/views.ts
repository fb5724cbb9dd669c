import type { ChapterView, QuoteView, SourceRef } from '$lib/content/views';
import type { Chapter } from '$lib/content/validate';
import type { Quote } from '$lib/content/schema';
import { content, quote, source } from './content';

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
		places: ch.places,
		quotes: ch.quotes.map((id) => quoteView(quote(id)!)),
		connections: ch.connections ?? [],
		notes: ch.notes,
		question: ch.question,
		view: ch.view
	};
}

export const allChapters = (): ChapterView[] => content.chapters.map(chapterView);
