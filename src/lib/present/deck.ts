/**
 * The slide deck's arithmetic: where a slide stands, where a move leads, how long the talk has
 * run (what its map shows: $lib/map/scene's chapterView). Pure, so it is tested without a browser.
 */
import type { ChapterView, QuoteView } from '$lib/content/views';

/**
 * One chapter as a slide shows it. What the presenter view adds (`notes`, `question`) is in that
 * view's own data: the slides, which every reader's device saves for offline use, do without it.
 */
export type SlideView = Pick<
	ChapterView,
	'id' | 'order' | 'title' | 'kicker' | 'summary' | 'places' | 'connections' | 'view'
> & {
	/** The chapter's first quote: a slide shows one. */
	quote: QuoteView | null;
};

/** What the presenter view shows beside a slide. */
export type SpeakerNotes = Pick<ChapterView, 'notes' | 'question'>;

/** The slide shape from a chapter. */
export function toSlide(ch: ChapterView): SlideView {
	const { id, order, title, kicker, summary, places, connections, view } = ch;
	const slide: SlideView = {
		id,
		order,
		title,
		kicker,
		summary,
		places,
		connections,
		quote: ch.quotes[0] ?? null
	};
	if (view) slide.view = view;
	return slide;
}

export interface Position {
	/** 0-based index of the slide; -1 when the id is not in the deck. */
	index: number;
	/** 1-based number, as "4 / 12" shows it. */
	number: number;
	total: number;
	previous: string | null;
	next: string | null;
	first: string | null;
	last: string | null;
}

/** Where a slide stands among the others. */
export function position(ids: readonly string[], id: string): Position {
	const index = ids.indexOf(id);
	return {
		index,
		number: index + 1,
		total: ids.length,
		previous: index > 0 ? ids[index - 1]! : null,
		next: index >= 0 && index < ids.length - 1 ? ids[index + 1]! : null,
		first: ids[0] ?? null,
		last: ids[ids.length - 1] ?? null
	};
}

export type Move = 'next' | 'previous' | 'first' | 'last';

/** The slide a move leads to, or null when it leads nowhere new (past either end). */
export function target(ids: readonly string[], id: string, move: Move): string | null {
	const p = position(ids, id);
	const to = p[move];
	return to === id ? null : to;
}

/** Elapsed time as mm:ss (minutes keep counting past 59: a lesson is not a film). */
export function formatElapsed(ms: number): string {
	const s = Math.max(0, Math.floor(ms / 1000));
	const mm = String(Math.floor(s / 60)).padStart(2, '0');
	const ss = String(s % 60).padStart(2, '0');
	return `${mm}:${ss}`;
}

/** "A, B and C", for alt text and announcements. */
export function listNames(names: readonly string[]): string {
	if (names.length < 2) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
