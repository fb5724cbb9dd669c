import { content } from '$lib/server/content';

export function load() {
	const { title, subtitle, description, language } = content.story;
	return {
		story: { title, subtitle, description, language },
		/** Every place, in brief: the 404 and error pages list them as ways back. */
		placeIndex: content.places.map(({ slug, name, kind, approximate }) => ({
			slug,
			name,
			kind,
			approximate
		}))
	};
}
