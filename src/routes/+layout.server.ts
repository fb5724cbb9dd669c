import { content } from '$lib/server/content';
import { siteOrigin, siteOriginSet } from '$lib/server/site';
import { storyWords } from '$lib/content/words';

export function load() {
	const { title, subtitle, description, language } = content.story;
	return {
		story: { title, subtitle, description, language },
		/** The site's sentences about this story (the overview's alt text, what the sources are). */
		words: storyWords(content.story, content.sources.length),
		/** Where the site is published (SITE_ORIGIN), for absolute addresses: canonical, previews. */
		origin: siteOrigin,
		/** Whether SITE_ORIGIN was set: QR codes and the handout then give that address to students. */
		originSet: siteOriginSet,
		/** Every place, in brief: the 404 and error pages list them as ways back. */
		placeIndex: content.places.map(({ slug, name, kind, approximate }) => ({
			slug,
			name,
			kind,
			approximate
		}))
	};
}
