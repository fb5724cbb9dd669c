import { error } from '@sveltejs/kit';
import { ogImagePng } from '$lib/server/og-image';
import { content } from '$lib/server/content';
import { chapterPreview } from '$lib/map/scene';
import { fitPlaces } from '$lib/server/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

// Link previews are files made at build time: no server renders images on request.
export const prerender = true;

/** One preview per chapter, from the content. */
export const entries: EntryGenerator = () => content.chapters.map((c) => ({ id: c.id }));

export const GET: RequestHandler = ({ params }) => {
	const chapter = content.chapters.find((c) => c.id === params.id);
	if (!chapter) error(404, `There is no chapter called “${params.id}” in this story.`);
	const png = ogImagePng({
		...chapterPreview(chapter, content.places, fitPlaces),
		kicker: content.story.title,
		detail: `Chapter ${chapter.order} · ${chapter.kicker}`,
		title: chapter.title
	});
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
