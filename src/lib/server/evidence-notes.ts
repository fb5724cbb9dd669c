/**
 * The notes that show a cited passage to the reader: the passage in its sentence of the document
 * (the document's own words, cut to a few words either side where the sentence is long), the
 * document's short name, and a link to the passage on the document's page.
 */
import { resolve } from '$app/paths';
import { passageId, readDocument } from '$lib/content/document';
import { locate } from '$lib/content/matching';
import { citesOf, type Paragraph } from '$lib/content/prose';
import type { EvidenceNote } from '$lib/content/views';
import { source, sourceText } from './content';

/** The most words of context shown on each side of a passage. */
const CONTEXT_WORDS = 14;

/** Each document's text (NFC) and its sentences, read once. */
const read = new Map<string, { doc: string; sentences: { start: number; end: number }[] }>();
function docOf(id: string) {
	let d = read.get(id);
	if (!d) {
		const doc = sourceText(id).normalize('NFC');
		const sentences = readDocument(doc, source(id)!.headline).flatMap((p) =>
			p.sentences.length ? p.sentences : [{ start: p.start, end: p.end }]
		);
		read.set(id, (d = { doc, sentences }));
	}
	return d;
}

const keepEnd = (text: string) => {
	const w = text.split(/(?<=\s)/);
	return w.length > CONTEXT_WORDS ? `…${w.slice(-CONTEXT_WORDS).join('')}` : text;
};
const keepStart = (text: string) => {
	const w = text.split(/(?=\s)/);
	return w.length > CONTEXT_WORDS ? `${w.slice(0, CONTEXT_WORDS).join('')}…` : text;
};

/** A cited passage as its note shows it. The validator has checked that it stands. */
export function evidenceNote(sourceId: string, passage: string): EvidenceNote {
	const { doc, sentences: all } = docOf(sourceId);
	const spans = locate(passage, doc) ?? [[0, 0]];
	const start = spans[0]![0];
	const end = spans[spans.length - 1]![1];
	const from = all.find((s) => s.start <= start && start < s.end)?.start ?? start;
	const to = [...all].reverse().find((s) => s.start < end && end <= s.end)?.end ?? end;
	const s = source(sourceId)!;
	return {
		source: { id: s.id, short: s.short, headline: s.headline },
		before: keepEnd(doc.slice(from, start)),
		passage: doc.slice(start, end),
		after: keepStart(doc.slice(end, to)),
		href: `${resolve('/sources/[id]', { id: sourceId })}#${passageId(passage)}`
	};
}

/** The notes of a text's citations, in the order its markers are numbered. */
export const evidenceNotes = (paragraphs: Paragraph[]): EvidenceNote[] =>
	paragraphs.flatMap(citesOf).map((c) => evidenceNote(c.source, c.passage));
