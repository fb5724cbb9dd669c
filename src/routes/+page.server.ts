import { content } from '$lib/server/content';
import { allChapters, pinPlace } from '$lib/server/views';
import { renderChapters, renderStrip } from '$lib/server/chapters-html';
import { keepFragment } from '$lib/server/fragments';
import type { PinPlace, StoryChapter } from '$lib/content/views';

// Only what the story page shows or the map needs reaches the browser: the chapters come as HTML
// rendered here; notes, questions and place descriptions belong to other pages.
export function load({ locals }) {
	const places: Record<string, PinPlace> = Object.fromEntries(
		content.places.map((p) => [p.slug, pinPlace(p)])
	);
	const all = allChapters();
	const chapters: StoryChapter[] = all.map(
		({ id, order, title, summary, places: own, connections, view }) => ({
			id,
			order,
			title,
			summary,
			places: own,
			connections,
			view
		})
	);
	keepFragment(locals, 'chapters', renderChapters(all, places));
	const events = content.events.map(({ id, date, label, implied, title, chapter }) => ({
		id,
		date,
		label,
		implied,
		title,
		chapter
	}));
	keepFragment(locals, 'timeline', renderStrip(events));
	return {
		chapters,
		places,
		method: content.story.method,
		overview: content.story.overview,
		// The map comes after the whole story in the page's order: a way straight to it.
		skip: { target: 'story-map', label: 'Skip to the map' }
	};
}
