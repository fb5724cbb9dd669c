import { content } from '$lib/server/content';
import { staticMapSvg } from '$lib/server/static-map';
import { overviewFrame } from '$lib/map/picture';
import type { RequestHandler } from './$types';

// The story page's map before the live map starts: the overview, every place as a quiet pin,
// drawn at build time at one zoom and centred where Leaflet centres the overview, so the page can
// scale it to the zoom Leaflet will pick and swap it for the live map without a jump.
export const prerender = true;

export const GET: RequestHandler = () => {
	const { center, zoom, width, height } = overviewFrame(content.story.overview.bounds);
	const svg = staticMapSvg({
		view: { kind: 'center', center, zoom },
		width,
		height,
		padding: 0,
		places: content.places,
		quiet: true,
		// Shown for a moment and scaled by about 1 to 1.4: whole pixels and 1.5 px steps are plenty.
		minStep: 1.5,
		title: 'Map of every place in the story'
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
