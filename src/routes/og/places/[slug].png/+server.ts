import { error } from '@sveltejs/kit';
import { ogImagePng } from '$lib/server/og-image';
import { content, place } from '$lib/server/content';
import { KIND_LABEL } from '$lib/content/kinds';
import { placePreview } from '$lib/map/scene';
import { fitPlaces } from '$lib/server/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

// Link previews are files made at build time: no server renders images on request.
export const prerender = true;

/** One preview per place, from the content. */
export const entries: EntryGenerator = () => content.places.map((p) => ({ slug: p.slug }));

export const GET: RequestHandler = ({ params }) => {
	const p = place(params.slug);
	if (!p) error(404, `There is no place called “${params.slug}” in this story.`);
	const chapters = content.chapters.filter((c) => c.places.includes(p.slug)).length;
	const png = ogImagePng({
		...placePreview(p, content.places, fitPlaces),
		kicker: content.story.title,
		detail: `${p.approximate ? 'Approximate position' : KIND_LABEL[p.kind]} · in ${chapters} chapter${chapters === 1 ? '' : 's'}`,
		title: p.name
	});
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
