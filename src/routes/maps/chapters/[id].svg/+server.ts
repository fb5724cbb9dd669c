import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { chapterPreview } from '$lib/map/scene';
import { fitPlaces, staticMapSvg } from '$lib/server/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

// A printable map per chapter (for handouts), drawn at build time from the embedded basemap.
export const prerender = true;

/** One map per chapter, from the content. */
export const entries: EntryGenerator = () => content.chapters.map((c) => ({ id: c.id }));

export const GET: RequestHandler = ({ params }) => {
	const chapter = content.chapters.find((c) => c.id === params.id);
	if (!chapter) error(404, `There is no chapter called “${params.id}” in this story.`);
	const svg = staticMapSvg({
		...chapterPreview(chapter, content.places, fitPlaces),
		title: `Chapter ${chapter.order}, ${chapter.title}: map`,
		width: 800,
		height: 500
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
