import { error } from '@sveltejs/kit';
import { content, place } from '$lib/server/content';
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
	const i = content.places.indexOf(p);
	const near = (j: number) => {
		const q = content.places[(j + content.places.length) % content.places.length]!;
		return { slug: q.slug, name: q.name };
	};
	return {
		place: p,
		/** The notes of the description's citations. */
		evidence: evidenceNotes(p.descriptionProse),
		/** Every place, for the map's quiet pins around this one. */
		places: content.places,
		chapters: content.chapters
			.filter((c) => c.places.includes(p.slug))
			.map((c) => ({ id: c.id, order: c.order, title: c.title, summary: c.summary })),
		quotes: content.quotes.filter((q) => q.places.includes(p.slug)).map(quoteView),
		events: content.events.filter((e) => e.places.includes(p.slug)),
		/** Every sentence of the documents that names the place. */
		passages: placePassages(p.slug),
		previous: near(i - 1),
		next: near(i + 1)
	};
};
