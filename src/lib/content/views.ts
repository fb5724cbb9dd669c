/** The shapes pages receive: references resolved, nothing a page does not show. */
import type { Paragraph } from './prose';
import type { ChapterMeta, Connection, Place, Quote } from './schema';

export interface SourceRef {
	id: string;
	/** The site's short name for the document ("RFE/RL"). */
	short: string;
	/** The headline as the document states it, or "not stated". */
	headline: string;
}
export interface QuoteView extends Omit<Quote, 'source'> {
	source: SourceRef;
}
/** A passage the story cites, as its note shows it: in its sentence of the document. */
export interface EvidenceNote {
	source: SourceRef;
	/** The document's words before and after the passage in its sentence (cut with "…"). */
	before: string;
	/** The passage, in the document's own words. */
	passage: string;
	after: string;
	/** The passage on the document's page. */
	href: string;
}
export interface ChapterView {
	id: string;
	order: number;
	title: string;
	kicker: string;
	dates: ChapterMeta['dates'];
	summary: string;
	paragraphs: Paragraph[];
	/** The notes of the prose's citations, in the order of its markers. */
	evidence: EvidenceNote[];
	places: string[];
	quotes: QuoteView[];
	connections: Connection[];
	notes: string[];
	question: string;
	view?: { center: [number, number]; zoom: number };
}
export type PlaceView = Place & { descriptionProse: Paragraph[] };

/** What a pin on the map needs of a place. */
export type PinPlace = Pick<
	Place,
	'slug' | 'name' | 'kind' | 'lat' | 'lng' | 'approximate' | 'radiusKm' | 'polygon'
>;

/** A chapter as the story page's script needs it: its text comes prerendered (renderChapters). */
export type StoryChapter = Pick<
	ChapterView,
	'id' | 'order' | 'title' | 'summary' | 'places' | 'connections' | 'view'
>;
