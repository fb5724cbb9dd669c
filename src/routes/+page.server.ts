import { content } from '$lib/server/content';
import { allChapters } from '$lib/server/views';

export function load() {
	return {
		chapters: allChapters(),
		places: Object.fromEntries(content.places.map((p) => [p.slug, p])),
		method: content.story.method,
		events: content.events.map(({ id, date, label, title, chapter }) => ({
			id,
			date,
			label,
			title,
			chapter
		})),
		overview: content.story.overview
	};
}
