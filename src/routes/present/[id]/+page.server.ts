import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { EntryGenerator } from './$types';

/** One slide per chapter, from the content. */
export const entries: EntryGenerator = () => content.chapters.map((c) => ({ id: c.id }));

export function load({ params }) {
	if (!content.chapters.some((c) => c.id === params.id))
		error(404, `There is no chapter called “${params.id}” in this story.`);
	return { id: params.id };
}
