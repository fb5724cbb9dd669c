import { ogImagePng } from '$lib/server/og-image';
import { content } from '$lib/server/content';
import { storyPreview } from '$lib/map/scene';
import type { RequestHandler } from './$types';

// The front page's link preview, made at build time.
export const prerender = true;

export const GET: RequestHandler = () => {
	const { story, chapters, places } = content;
	const [opening] = chapters;
	const png = ogImagePng({
		...storyPreview(story.overview.bounds, opening ?? { places: [] }, places),
		kicker: 'A story map',
		detail: `${chapters.length} chapters · ${places.length} places`,
		title: story.title
	});
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
