/**
 * Word-for-word matching of quotes against the documents, by a newsroom's rule (the same rule as
 * the project's check-quotes tool, which reads the built site):
 *
 * - A quote that stands in the document as it is (its own ellipses and brackets included) holds.
 * - Otherwise an ellipsis (`...` or `…`) or a [bracketed insertion] may join parts of one passage:
 *   the parts must stand in order, each within {@link MAX_GAP} characters after the one before
 *   (an ellipsis skips words, not paragraphs).
 * - A bracketed insertion is at most {@link MAX_INSERTION_WORDS} words and never a negation.
 * - When a quote is joined from parts, no part is a lone word: "injudicious ... baseless" joins
 *   words the document may say about different things.
 *
 * Quote marks, dashes and white space are compared loosely; letters, words and case exactly.
 */

/** How far (in characters) a part may stand after the end of the one before it. */
export const MAX_GAP = 300;
/** The most words a [bracketed insertion] may have. */
export const MAX_INSERTION_WORDS = 4;

const NEGATION =
	/\b(not|no|never|none|nothing|nobody|neither|nor|without|cannot|deny|denied|denies|false)\b|n't\b/i;
const JOINER = /\s*(?:\.\.\.|\u2026|\[[^\]]*\])\s*/;

export function loose(s: string): string {
	return s
		.normalize('NFC')
		.replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
		.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
		.replace(/[\u2010-\u2015]/g, '-')
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
}

const trimEnds = (s: string) => s.replace(/^[\s"'.,;:!?-]+|[\s"'.,;:!?-]+$/g, '');
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Where a quote stands: [start, end) ranges, one per part, or why it does not stand. */
type Match = { spans: [number, number][] } | { problem: string };

/** The rule above, on texts already made {@link loose}: the one matcher every check uses. */
function match(q: string, doc: string): Match {
	const whole = trimEnds(q);
	const at = whole.length > 1 ? doc.indexOf(whole) : -1;
	if (at >= 0) return { spans: [[at, at + whole.length]] };

	for (const [, inserted = ''] of q.matchAll(/\[([^\]]*)\]/g)) {
		if (NEGATION.test(inserted))
			return {
				problem: `the bracketed insertion "[${inserted}]" is a negation, which can turn the quote around`
			};
		if (words(inserted) > MAX_INSERTION_WORDS)
			return {
				problem: `the bracketed insertion "[${clip(inserted)}]" has ${words(inserted)} words (at most ${MAX_INSERTION_WORDS})`
			};
	}
	const parts = q
		.split(JOINER)
		.map(trimEnds)
		.filter((p) => p.length > 1);
	if (!parts.length) return { problem: 'has no words to look for' };
	if (parts.length === 1) return { problem: 'no passage of the document reads so' };
	const lone = parts.find((p) => words(p) < 2);
	if (lone !== undefined)
		return {
			problem: `joins the lone word "${lone}" to the rest with "..." (each part of a joined quote must be at least two words): quote the one passage that stands, and give single words in the prose`
		};

	const missing = parts.find((p) => !doc.includes(p));
	if (missing !== undefined)
		return { problem: `the part "${clip(missing)}" is not word for word in the document` };
	for (let first = doc.indexOf(parts[0]!); first >= 0; first = doc.indexOf(parts[0]!, first + 1)) {
		const spans: [number, number][] = [[first, first + parts[0]!.length]];
		for (const p of parts.slice(1)) {
			const end = spans[spans.length - 1]![1];
			const i = doc.indexOf(p, end);
			if (i < 0 || i - end > MAX_GAP) break;
			spans.push([i, i + p.length]);
		}
		if (spans.length === parts.length) return { spans };
	}
	return {
		problem: `its parts do not stand in order within ${MAX_GAP} characters of each other (an ellipsis skips words, not paragraphs)`
	};
}

/** Why a quote does not stand in a document, or null when it does. */
export function quoteProblem(quote: string, document: string): string | null {
	const m = match(loose(quote), loose(document));
	return 'problem' in m ? m.problem : null;
}

/**
 * {@link loose}, with where each of its characters stands in the text (NFC) it was made from:
 * `at[i]` is the index of loose character i, `at[text.length]` the end of the last one.
 */
export function looseMap(s: string): { text: string; at: number[] } {
	const src = s.normalize('NFC');
	const out: string[] = [];
	const at: number[] = [];
	let space = -1;
	for (let i = 0; i < src.length; i++) {
		const ch = src[i]!;
		if (/[\s\u00a0]/.test(ch)) {
			if (space < 0) space = i;
			continue;
		}
		if (space >= 0 && out.length) {
			out.push(' ');
			at.push(space);
		}
		space = -1;
		out.push(loose(ch) || ch);
		at.push(i);
	}
	at.push(at.length ? at[at.length - 1]! + 1 : 0);
	return { text: out.join(''), at };
}

/**
 * Where a quote stands in a document by the rule above: one [start, end) range of the document
 * (as NFC text) for each part of the quote, or null when it does not stand.
 */
export function locate(quote: string, document: string): [number, number][] | null {
	const map = looseMap(document);
	const m = match(loose(quote), map.text);
	if ('problem' in m) return null;
	return m.spans.map(([a, b]) => [map.at[a]!, map.at[b - 1]! + 1]);
}

/** True when the quote stands in the document by the rule above. */
export function standsIn(quote: string, document: string): boolean {
	return quoteProblem(quote, document) === null;
}
