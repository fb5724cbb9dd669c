import { error } from '@sveltejs/kit';
import {
	chaptersAt,
	content,
	eventsAt,
	place,
	placeNeighbours,
	quotesAt
} from '$lib/server/content';
import { placePassages } from '$lib/server/documents';
import { evidenceNotes } from '$lib/server/evidence-notes';
import { quoteView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per place, from the content. */
export const entries: EntryGenerator = () => {
	return content.places.map((p) => ({ slug: p.slug }));
};

export const load: PageServerLoad = ({ params }) => {
	const p = place(params.slug);
	if (!p) error(404, `There is no place called “${params.slug}” in this story.`);
	const { previous, next } = placeNeighbours(p);
	const near = (q: typeof p) => ({ slug: q.slug, name: q.name });
	return {
		place: p,
		/** The notes of the description's citations. */
		evidence: evidenceNotes(p.descriptionProse),
		/** Every place, for the map's quiet pins around this one. */
		places: content.places,
		chapters: chaptersAt(p.slug).map((c) => ({
			id: c.id,
			order: c.order,
			title: c.title,
			summary: c.summary
		})),
		quotes: quotesAt(p.slug).map(quoteView),
		events: eventsAt(p.slug),
		/** Every sentence of the documents that names the place. */
		passages: placePassages(p.slug),
		previous: near(previous),
		next: near(next)
	};
};
