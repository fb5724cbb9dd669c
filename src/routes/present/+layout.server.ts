import { content } from '$lib/server/content';
import { allChapters } from '$lib/server/views';
import { toSlide } from '$lib/present/deck';

/** The whole deck, for the slides and the presenter view: every slide, every place, the overview. */
export function load() {
	return {
		slides: allChapters().map(toSlide),
		places: Object.fromEntries(content.places.map((p) => [p.slug, p])),
		overview: content.story.overview.bounds
	};
}
