import { error } from '@sveltejs/kit';

/**
 * A slide of the deck, which the slides' layout loads whole: moving from one slide to the next
 * loads nothing more (no data per slide to fetch, or to save for offline use). The build finds
 * every slide from the links on /present.
 */
export async function load({ params, parent }) {
	const { slides } = await parent();
	if (!slides.some((s) => s.id === params.id))
		error(404, `There is no chapter called “${params.id}” in this story.`);
	return { id: params.id };
}
