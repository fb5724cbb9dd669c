import { content } from '$lib/server/content';
import { quoteView } from '$lib/server/views';

export function load() {
	return {
		sources: content.sources.map((s) => ({
			...s,
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
