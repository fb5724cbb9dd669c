/**
 * The validator's last stage: the typed index the site is made from, built once every file has
 * been read and checked without a problem. Sources, places, events and chapters come out in the
 * order the site shows them.
 */
import { formatDate, precisionOf, sortKey, type Precision } from './dates';
import type { Paragraph } from './prose';
import type {
	ChapterMeta,
	Claim,
	EventEntry,
	Place,
	Quote,
	SourceMeta,
	Story,
	Tier
} from './schema';
import type { ReadContent } from './validate-parse';

export interface Source extends SourceMeta {
	/** Whether the full document text is present to check quotes against. */
	hasText: boolean;
}
export interface Chapter extends ChapterMeta {
	file: string;
	paragraphs: Paragraph[];
}
/** A place; its description as prose with its citations, and as plain text without them. */
export interface StoryPlace extends Place {
	descriptionProse: Paragraph[];
}
export interface StoryEvent extends EventEntry {
	precision: Precision;
	label: string;
}
export interface Content {
	story: Story;
	sources: Source[];
	places: StoryPlace[];
	quotes: Quote[];
	events: StoryEvent[];
	chapters: Chapter[];
	claims: Claim[];
	/** The basemap's tiers (basemap/tiers.yaml). */
	tiers: Tier[];
}

/** The index of content that passed every check: its story, and the basemap's tiers. */
export function buildContent(read: ReadContent, story: Story, tiers: Tier[]): Content {
	const { sources, places, quotes, events, chapters, claims } = read;
	return {
		story,
		sources: sources.map((s) => ({ ...s.data, hasText: true })),
		places: places.map((p) => p.data).sort((a, b) => a.name.localeCompare(b.name)),
		quotes,
		events: events
			.map((e) => ({ ...e, precision: precisionOf(e.date), label: formatDate(e.date) }))
			.sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date))),
		chapters: chapters.map((x) => x.data).sort((a, b) => a.order - b.order),
		claims,
		tiers
	};
}
