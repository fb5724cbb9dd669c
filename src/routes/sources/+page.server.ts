import { cellsOf, chaptersQuoting, content, quotesFrom } from '$lib/server/content';
import { quoteView } from '$lib/server/views';

export function load() {
	return {
		sources: content.sources.map((s) => ({
			...s,
			quotes: quotesFrom(s.id).map(quoteView),
			chapters: chaptersQuoting(s.id).map((ch) => ({ id: ch.id, title: ch.title }))
		})),
		/** The claims table: one row per claim, one cell per document, in the column order above. */
		claims: content.claims.map((cl) => ({
			id: cl.id,
			claim: cl.claim,
			// The validator guarantees every document has exactly one cell.
			cells: cellsOf(cl)
		}))
	};
}
