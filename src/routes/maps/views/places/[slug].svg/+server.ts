import { error } from '@sveltejs/kit';
import { content, place } from '$lib/server/content';
import { placePicture } from '$lib/server/view-picture';
import type { EntryGenerator, RequestHandler } from './$types';

// A place page's map before its live map starts, and instead of it when it cannot load.
export const prerender = true;

/** One picture per place, from the content. */
export const entries: EntryGenerator = () => content.places.map((p) => ({ slug: p.slug }));

export const GET: RequestHandler = ({ params }) => {
	const p = place(params.slug);
	if (!p) error(404, `There is no place called “${params.slug}” in this story.`);
	return new Response(placePicture(p, content.places), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
