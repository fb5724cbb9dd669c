import { error } from '@sveltejs/kit';
import { chapter as chapterOf, content } from '$lib/server/content';
import type { SpeakerNotes } from '$lib/present/deck';
import type { EntryGenerator } from './$types';

/** A presenter view for every slide, so reloading it keeps its place. */
export const entries: EntryGenerator = () => content.chapters.map((c) => ({ id: c.id }));

/** The slide's notes and question: the presenter's alone (the slides' shared data has none). */
export function load({ params }) {
	const chapter = chapterOf(params.id);
	if (!chapter) error(404, `There is no chapter called “${params.id}” in this story.`);
	const speaker: SpeakerNotes = { notes: chapter.notes, question: chapter.question };
	return { id: params.id, speaker };
}
