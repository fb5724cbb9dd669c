/**
 * The passages of a document the story uses, marked in its text. A passage is any exact text the
 * story takes from a document (a quote, a claim's excerpt, a cited passage of prose): each comes
 * with the places in the story that use it, and is found in the document by the same word-for-word
 * matcher that checks it (matching.ts), so what is marked is what was checked.
 */
import { passageId, readDocument, type DocParagraph, type ParagraphKind } from './document';
import { locate } from './matching';

/** Where in the story a passage is used: a link back from the document to it. */
export interface PassageUse {
	/** Where it is used: a chapter, a place's page, the claims table, the timeline. */
	kind: 'chapter' | 'place' | 'claim' | 'event';
	label: string;
	href: string;
}
/** A passage as the story uses it: any number may share a text (their uses are merged). */
export interface PassageInput {
	text: string;
	use: PassageUse;
}
export interface MarkedPassage {
	/** Its fragment id on the document's page, from its text. */
	id: string;
	text: string;
	uses: PassageUse[];
}
/** A run of text with the passages that cover it; `anchors` are the passages that start here. */
export interface Segment {
	text: string;
	passages: string[];
	anchors: string[];
}
export interface MarkedUnit {
	/** A sentence's fragment id; none for page furniture. */
	id?: string;
	segments: Segment[];
}
export interface MarkedParagraph {
	kind: ParagraphKind;
	units: MarkedUnit[];
	/** The passages that start in this paragraph, in order: their uses are listed after it. */
	notes: MarkedPassage[];
}
export interface MarkedDocument {
	paragraphs: MarkedParagraph[];
	passages: MarkedPassage[];
	/** The report's sentences (headline included, page furniture not), and how many the story uses. */
	sentences: number;
	used: number;
}

export { passageId };

interface Located extends MarkedPassage {
	spans: [number, number][];
}

/** Merges passages with the same words and finds each in the document; unfound ones are left out. */
function locateAll(doc: string, inputs: PassageInput[]): Located[] {
	const byId = new Map<string, Located>();
	for (const { text, use } of inputs) {
		const id = passageId(text);
		let p = byId.get(id);
		if (!p) {
			const spans = locate(text, doc);
			if (!spans) continue;
			p = { id, text, uses: [], spans };
			byId.set(id, p);
		}
		if (!p.uses.some((u) => u.href === use.href && u.label === use.label)) p.uses.push(use);
	}
	return [...byId.values()].sort((a, b) => a.spans[0]![0] - b.spans[0]![0]);
}

/** A range of the document cut where any passage starts or ends. */
function segments(doc: string, start: number, end: number, passages: Located[]): Segment[] {
	const cuts = new Set([start, end]);
	for (const p of passages)
		for (const [a, b] of p.spans) for (const x of [a, b]) if (x > start && x < end) cuts.add(x);
	const points = [...cuts].sort((a, b) => a - b);
	return points.slice(1).map((to, i) => {
		const from = points[i]!;
		const covering = passages.filter((p) => p.spans.some(([a, b]) => a < to && b > from));
		return {
			text: doc.slice(from, to),
			passages: covering.map((p) => p.id),
			anchors: covering.filter((p) => p.spans[0]![0] === from).map((p) => p.id)
		};
	});
}

/** Marks the passages in a document's text (one paragraph a line). */
export function markDocument(
	raw: string,
	inputs: PassageInput[],
	headline?: string
): MarkedDocument {
	const doc = raw.normalize('NFC');
	const passages = locateAll(doc, inputs);
	const paragraphs = readDocument(doc, headline);
	const units = (p: DocParagraph): { id?: string; start: number; end: number }[] =>
		p.sentences.length ? p.sentences : [{ start: p.start, end: p.end }];
	const inRange = (a: number, b: number) =>
		passages.filter((x) => x.spans.some(([s, e]) => s < b && e > a));
	const marked = paragraphs.map((p) => ({
		kind: p.kind,
		units: units(p).map((u) => ({
			id: u.id,
			segments: segments(doc, u.start, u.end, inRange(u.start, u.end))
		})),
		notes: passages.filter((x) => x.spans[0]![0] >= p.start && x.spans[0]![0] < p.end)
	}));
	const sentences = paragraphs.flatMap((p) => p.sentences);
	return {
		paragraphs: marked.map((p) => ({ ...p, notes: p.notes.map(strip) })),
		passages: passages.map(strip),
		sentences: sentences.length,
		used: sentences.filter((s) => inRange(s.start, s.end).length).length
	};
}

const strip = ({ id, text, uses }: Located): MarkedPassage => ({ id, text, uses });
