import { error } from '@sveltejs/kit';
import { content, source } from '$lib/server/content';
import { markedDocument } from '$lib/server/documents';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per document, from the content. */
export const entries: EntryGenerator = () => content.sources.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const s = source(params.id);
	if (!s) error(404, `There is no document called “${params.id}” in this story.`);
	const { id, short, outlet, headline, author, date, url, urlNote, document } = s;
	return {
		source: { id, short, outlet, headline, author, date, url, urlNote, document },
		text: markedDocument(id)!
	};
};
