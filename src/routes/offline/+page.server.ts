import { content } from '$lib/server/content';

/** The chapters, as ways into the saved story; the places come with the layout. */
export function load() {
	return {
		chapters: content.chapters.map(({ id, title }) => ({ id, title }))
	};
}
