import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { chapterView, pinPlace } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * One small page per chapter, so a shared chapter link previews as that chapter (a #fragment
 * of the story page cannot have a preview of its own). The story itself stays on one page.
 */
export const entries: EntryGenerator = () => content.chapters.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const i = content.chapters.findIndex((c) => c.id === params.id);
	const ch = content.chapters[i];
	if (!ch) error(404, `There is no chapter called “${params.id}” in this story.`);
	const { id, order, title, kicker, dates, summary, quotes, places, connections, view } =
		chapterView(ch);
	const near = (j: number) => {
		const c = content.chapters[j];
		return c ? { id: c.id, order: c.order, title: c.title } : null;
	};
	return {
		chapter: { id, order, title, kicker, dates, summary, quotes },
		places: places.flatMap((slug) => {
			const p = content.places.find((q) => q.slug === slug);
			return p ? [{ slug: p.slug, name: p.name, approximate: p.approximate }] : [];
		}),
		/** The chapter's map: every place's pin, its connections, its view, the story's overview. */
		map: {
			pins: content.places.map(pinPlace),
			active: places,
			connections,
			view,
			overview: content.story.overview.bounds
		},
		previous: near(i - 1),
		next: near(i + 1)
	};
};
