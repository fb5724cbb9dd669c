import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { chapterPicture } from '$lib/server/view-picture';
import type { EntryGenerator, RequestHandler } from './$types';

// A chapter's map (on the story, its slide, its page) before the live map starts, and instead
// of it when it cannot load.
export const prerender = true;

/** One picture per chapter, from the content. */
export const entries: EntryGenerator = () => content.chapters.map((c) => ({ id: c.id }));

export const GET: RequestHandler = ({ params }) => {
	const chapter = content.chapters.find((c) => c.id === params.id);
	if (!chapter) error(404, `There is no chapter called “${params.id}” in this story.`);
	return new Response(chapterPicture(chapter, content.places, content.story.overview.bounds), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
