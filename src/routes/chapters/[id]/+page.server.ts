import { error } from '@sveltejs/kit';
import { chapter, chapterNeighbours, content, placesOf } from '$lib/server/content';
import { chapterView, pinPlace } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * One small page per chapter, so a shared chapter link previews as that chapter (a #fragment
 * of the story page cannot have a preview of its own). The story itself stays on one page.
 */
export const entries: EntryGenerator = () => content.chapters.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const ch = chapter(params.id);
	if (!ch) error(404, `There is no chapter called “${params.id}” in this story.`);
	const { id, order, title, kicker, dates, summary, quotes, places, connections, view } =
		chapterView(ch);
	const { previous, next } = chapterNeighbours(ch);
	const near = (c: typeof ch | null) => c && { id: c.id, order: c.order, title: c.title };
	return {
		chapter: { id, order, title, kicker, dates, summary, quotes },
		places: placesOf(ch).map((p) => ({ slug: p.slug, name: p.name, approximate: p.approximate })),
		/** The chapter's map: every place's pin, its connections, its view, the story's overview. */
		map: {
			pins: content.places.map(pinPlace),
			active: places,
			connections,
			view,
			overview: content.story.overview.bounds
		},
		previous: near(previous),
		next: near(next)
	};
};
