import { content } from '$lib/server/content';
import { quoteView } from '$lib/server/views';

export function load() {
	return {
		method: content.story.method,
		sources: content.sources.map((s) => ({
			...s,
			quotes: content.quotes.filter((q) => q.source === s.id).map(quoteView),
			chapters: content.chapters
				.filter((ch) =>
					ch.quotes.some((id) => content.quotes.find((q) => q.id === id)?.source === s.id)
				)
				.map((ch) => ({ id: ch.id, title: ch.title }))
		}))
	};
}
