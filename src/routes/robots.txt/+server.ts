import { resolve } from '$app/paths';
import { absolute } from '$lib/server/site';
import type { RequestHandler } from './$types';

// Written once at build time. Under a base path (GitHub Pages project sites) crawlers only read
// the host's own /robots.txt, so this file matters when the site has the host to itself; the
// sitemap it names is right either way.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(
		['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(resolve('/sitemap.xml'))}`, ''].join(
			'\n'
		),
		{ headers: { 'content-type': 'text/plain; charset=utf-8' } }
	);
