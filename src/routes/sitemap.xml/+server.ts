import { resolve } from '$app/paths';
import { content } from '$lib/server/content';
import { absolute } from '$lib/server/site';
import type { RequestHandler } from './$types';

// Written once at build time, like every page; search engines read it from robots.txt.
export const prerender = true;

/** Every page a reader may land on, as absolute URLs (SITE_ORIGIN + base path). */
export const GET: RequestHandler = () => {
	const paths = [
		resolve('/'),
		resolve('/places'),
		resolve('/timeline'),
		resolve('/sources'),
		...content.sources.map((s) => resolve('/sources/[id]', { id: s.id })),
		...content.chapters.map((c) => resolve('/chapters/[id]', { id: c.id })),
		...content.places.map((p) => resolve('/places/[slug]', { slug: p.slug }))
	];
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...paths.map((p) => `\t<url><loc>${escapeXml(absolute(p))}</loc></url>`),
		'</urlset>',
		''
	].join('\n');
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

const escapeXml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
