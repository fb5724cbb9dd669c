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

/** Why a quote does not stand in a document, or null when it does. */
export function quoteProblem(quote: string, document: string): string | null {
	const doc = loose(document);
	const q = loose(quote);
	const whole = trimEnds(q);
	if (whole.length > 1 && doc.includes(whole)) return null;

	for (const [, inserted = ''] of q.matchAll(/\[([^\]]*)\]/g)) {
		if (NEGATION.test(inserted))
			return `the bracketed insertion "[${inserted}]" is a negation, which can turn the quote around`;
		if (words(inserted) > MAX_INSERTION_WORDS)
			return `the bracketed insertion "[${clip(inserted)}]" has ${words(inserted)} words (at most ${MAX_INSERTION_WORDS})`;
	}
	const parts = q
		.split(JOINER)
		.map(trimEnds)
		.filter((p) => p.length > 1);
	if (!parts.length) return 'has no words to look for';
	if (parts.length === 1) return 'no passage of the document reads so';
	const lone = parts.find((p) => words(p) < 2);
	if (lone !== undefined)
		return `joins the lone word "${lone}" to the rest with "..." (each part of a joined quote must be at least two words): quote the one passage that stands, and give single words in the prose`;

	const missing = parts.find((p) => !doc.includes(p));
	if (missing !== undefined)
		return `the part "${clip(missing)}" is not word for word in the document`;
	for (let first = doc.indexOf(parts[0]!); first >= 0; first = doc.indexOf(parts[0]!, first + 1)) {
		let at = first + parts[0]!.length;
		let ok = true;
		for (const p of parts.slice(1)) {
			const i = doc.indexOf(p, at);
			if (i < 0 || i - at > MAX_GAP) {
				ok = false;
				break;
			}
			at = i + p.length;
		}
		if (ok) return null;
	}
	return `its parts do not stand in order within ${MAX_GAP} characters of each other (an ellipsis skips words, not paragraphs)`;
}

/** True when the quote stands in the document by the rule above. */
export function standsIn(quote: string, document: string): boolean {
	return quoteProblem(quote, document) === null;
}
