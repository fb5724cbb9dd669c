/**
 * Word-for-word matching of quotes against the documents, compared the way the project's
 * check-quotes tool does: quote marks, dashes and white space loosely; letters, words and case
 * exactly. An ellipsis or a [bracketed insertion] may join parts of one passage, in order.
 */
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

/** True when every part of the quote stands, in order, in the document. */
export function standsIn(quote: string, document: string): boolean {
	const doc = loose(document);
	const parts = loose(quote)
		.split(/\s*(?:\.\.\.|\u2026|\[[^\]]*\])\s*/)
		.map(trimEnds)
		.filter((p) => p.length > 1);
	if (!parts.length) return false;
	let at = 0;
	for (const p of parts) {
		const i = doc.indexOf(p, at);
		if (i < 0) return false;
		at = i + p.length;
	}
	return true;
}
