import { resolve } from '$app/paths';
import { allChapters } from '$lib/server/views';
import { content } from '$lib/server/content';
import { absolute, siteOrigin } from '$lib/server/site';
import { qrDataUrl } from '$lib/present/qr';

/**
 * Every chapter for print, each with its short link and a QR code of it. The codes are drawn here,
 * at build time, for the site's origin (SITE_ORIGIN, or http://localhost:4173 for a local build);
 * the page redraws them in the browser if it is served from somewhere else and SITE_ORIGIN is not
 * set (when it is, the published address is the one to give students, wherever this copy runs).
 */
export async function load() {
	const chapters = allChapters();
	return {
		origin: siteOrigin,
		/** Where the documents can be read in full, their cited passages marked. */
		sourcesLink: absolute(resolve('/sources')),
		/** The documents the story is told from, listed at the end. */
		sources: content.sources.map(({ id, short, outlet, headline, author, date }) => ({
			id,
			short,
			outlet,
			headline,
			author,
			date
		})),
		chapters: await Promise.all(
			// The printed prose leaves its markers out (the page count matters on paper); the
			// handout says where every sentence's passage can be read.
			chapters.map(async (chapter) => {
				const { evidence, ...ch } = chapter;
				void evidence;
				const link = absolute(`${resolve('/')}#${ch.id}`);
				return { ...ch, link, qr: await qrDataUrl(link) };
			})
		)
	};
}
