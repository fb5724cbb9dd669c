import { content } from '$lib/server/content';
import { quoteView } from '$lib/server/views';

/** A short name for a document: its outlet where the document states one, else its id. */
function shortName(s: { id: string; outlet: string }): string {
	return s.outlet.startsWith('not stated') ? s.id : s.outlet.replace(/\s*\(.*$/, '');
}

export function load() {
	return {
		method: content.story.method,
		sources: content.sources.map((s) => ({
			...s,
			short: shortName(s),
			quotes: content.quotes.filter((q) => q.source === s.id).map(quoteView),
			chapters: content.chapters
				.filter((ch) =>
					ch.quotes.some((id) => content.quotes.find((q) => q.id === id)?.source === s.id)
				)
				.map((ch) => ({ id: ch.id, title: ch.title }))
		})),
		/** The claims table: one row per claim, one cell per document, in the column order above. */
		claims: content.claims.map((cl) => ({
			id: cl.id,
			claim: cl.claim,
			// The validator guarantees every document has exactly one cell.
			cells: content.sources.map((s) => cl.cells.find((c) => c.source === s.id)!)
		}))
	};
}
