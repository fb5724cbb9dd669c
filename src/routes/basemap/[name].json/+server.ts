import { error } from '@sveltejs/kit';
import { basemapText, content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

// The basemap's tiers, from the story's content folder (basemap/<name>.json), as files.
export const prerender = true;

export const entries: EntryGenerator = () => content.tiers.map(({ name }) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const text = basemapText(params.name);
	if (text === undefined) error(404, 'No such basemap tier');
	return new Response(text, { headers: { 'content-type': 'application/json' } });
};
