/**
 * A document's text read as a reader sees it: paragraphs (one a line), each either the report's
 * own text, its headline, or page furniture (banners, bylines, captions, links around the report);
 * the report's paragraphs split into sentences, each with a fragment id derived from its words.
 *
 * Page furniture is recognised by its shape, not by a list: every line before the headline, a
 * copyright line, and any short line (at most {@link FURNITURE_WORDS} words) that does not end
 * like a sentence.
 */
import { loose } from './matching';

/** A line this short that does not end like a sentence is page furniture ("Leave a Comment"). */
export const FURNITURE_WORDS = 12;

export type ParagraphKind = 'body' | 'headline' | 'furniture';
export interface Sentence {
	/** Where it stands in the document (NFC text): [start, end). */
	start: number;
	end: number;
	text: string;
	/** Its fragment id on the document's page, from its words: stable while the words are. */
	id: string;
}
export interface DocParagraph {
	kind: ParagraphKind;
	start: number;
	end: number;
	text: string;
	/** The report's sentences (the headline is one); none for page furniture. */
	sentences: Sentence[];
}

const ENDS_LIKE_A_SENTENCE = /[.!?…]["'”’)\]]*$/;
const COPYRIGHT = /^(copyright\b|©|\(c\)\s)/i;
/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'gen',
	'jr',
	'sr',
	'no',
	'vs'
]);

/** A short stable hash (FNV-1a, 32 bits) in base 36. */
function hash(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
	return h.toString(36).padStart(7, '0').slice(-5);
}

/**
 * A fragment id made from a text: its first words and a hash of all of it, so it stays the same
 * while the text does, whatever comes before it ("passage-the-government-has-decided-k3x9a").
 */
export function fragmentId(prefix: string, text: string): string {
	const l = loose(text);
	const words =
		l
			.toLowerCase()
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.match(/[a-z0-9]+/g) ?? [];
	return [prefix, ...words.slice(0, 4), hash(l)].join('-');
}

/** The fragment id of a passage on its document's page (the same for the same words). */
export const passageId = (text: string) => fragmentId('passage', text);

function kindOf(text: string, beforeHeadline: boolean, isHeadline: boolean): ParagraphKind {
	if (isHeadline) return 'headline';
	if (beforeHeadline || COPYRIGHT.test(text)) return 'furniture';
	const words = text.split(/\s+/).length;
	return words <= FURNITURE_WORDS && !ENDS_LIKE_A_SENTENCE.test(text) ? 'furniture' : 'body';
}

/** The [start, end) ranges of the sentences of a paragraph's text, trimmed. */
export function sentenceRanges(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;
	let start = 0;
	for (const m of text.matchAll(boundary)) {
		const end = m.index + m[0].length;
		const word = /(\S+)$/.exec(text.slice(start, m.index))?.[1] ?? '';
		const bare = word.replace(/^["'“‘(]+/, '');
		// "U.S." and "Mr." do not end a sentence; "2016." does.
		if (
			m[0].startsWith('.') &&
			(/^(\p{L}\.)*\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase()))
		)
			continue;
		ranges.push([start, end]);
		start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
	}
	if (start < text.length) ranges.push([start, text.length]);
	return ranges.filter(([a, b]) => text.slice(a, b).trim() !== '');
}

/** Reads a document's text (one paragraph a line); `headline` as its metadata gives it. */
export function readDocument(raw: string, headline?: string): DocParagraph[] {
	const doc = raw.normalize('NFC');
	const lines: { start: number; text: string }[] = [];
	for (const m of doc.matchAll(/[^\n]+/g)) {
		const lead = /^\s*/.exec(m[0])![0].length;
		const text = m[0].trim();
		if (text) lines.push({ start: m.index + lead, text });
	}
	const wanted = headline ? loose(headline) : null;
	const h = wanted === null ? -1 : lines.findIndex((l) => loose(l.text) === wanted);
	const seen = new Map<string, number>();
	const unique = (id: string) => {
		const n = (seen.get(id) ?? 0) + 1;
		seen.set(id, n);
		return n === 1 ? id : `${id}-${n}`;
	};
	return lines.map(({ start, text }, i) => {
		const kind = kindOf(text, i < h, i === h);
		const ranges: [number, number][] =
			kind === 'body' ? sentenceRanges(text) : kind === 'headline' ? [[0, text.length]] : [];
		return {
			kind,
			start,
			end: start + text.length,
			text,
			sentences: ranges.map(([a, b]) => {
				const t = text.slice(a, b).trim();
				return {
					start: start + a,
					end: start + a + t.length,
					text: t,
					id: unique(fragmentId('sentence', t))
				};
			})
		};
	});
}
