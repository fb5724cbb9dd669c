import { resolve } from '$app/paths';
import { allChapters } from '$lib/server/views';
import { absolute, siteOrigin } from '$lib/server/site';
import { qrDataUrl } from '$lib/present/qr';

/**
 * Every chapter for print, each with its short link and a QR code of it. The codes are drawn here,
 * at build time, for the site's origin (SITE_ORIGIN, or http://localhost:4173 for a local build);
 * the page redraws them in the browser if it is served from somewhere else.
 */
export async function load() {
	const chapters = allChapters();
	return {
		origin: siteOrigin,
		chapters: await Promise.all(
			chapters.map(async (ch) => {
				const link = absolute(`${resolve('/')}#${ch.id}`);
				return { ...ch, link, qr: await qrDataUrl(link) };
			})
		)
	};
}
