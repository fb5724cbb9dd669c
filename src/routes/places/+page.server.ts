import { chaptersAt, content } from '$lib/server/content';

export function load() {
	return {
		places: content.places.map((p) => ({
			slug: p.slug,
			name: p.name,
			kind: p.kind,
			approximate: p.approximate,
			description: p.description,
			chapters: chaptersAt(p.slug).length
		}))
	};
}
