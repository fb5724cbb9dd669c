/**
 * The documents in full and what the story takes from them: every passage the story uses (its
 * quotes, the claims' excerpts) marked in its document, with links back to where it is used, and
 * for each place the sentences of the documents that name it. Built once, at build time.
 *
 * A new kind of passage is one more list in {@link storyPassages}.
 */
import { resolve } from '$app/paths';
import { passageId, readDocument } from '$lib/content/document';
import { markDocument, type MarkedDocument, type PassageInput } from '$lib/content/passages';
import { markerId } from '$lib/content/evidence-ids';
import { namePattern, names } from '$lib/content/place-names';
import { citesOf } from '$lib/content/prose';
import type { SourceRef } from '$lib/content/views';
import { chaptersShowing, content, place, sourceText } from './content';
import { sourceRef } from './views';

/** Every passage the story uses, by the id of its document. */
function storyPassages(): Map<string, PassageInput[]> {
	const bySource = new Map<string, PassageInput[]>(content.sources.map((s) => [s.id, []]));
	const add = (source: string, text: string, use: PassageInput['use']) =>
		bySource.get(source)?.push({ text, use });
	for (const q of content.quotes) {
		for (const ch of chaptersShowing(q.id))
			add(q.source, q.text, {
				kind: 'chapter',
				label: `Chapter ${ch.order}: ${ch.title}`,
				href: `${resolve('/')}#quote-${q.id}`
			});
		for (const slug of q.places)
			add(q.source, q.text, {
				kind: 'place',
				label: place(slug)!.name,
				href: `${resolve('/places/[slug]', { slug })}#quote-${q.id}`
			});
	}
	// The passages the prose, the places' descriptions and the events cite, each linked back to
	// its marker (the prose's are numbered through the chapter, as Prose numbers them).
	for (const ch of content.chapters)
		ch.paragraphs.flatMap(citesOf).forEach((c, i) =>
			add(c.source, c.passage, {
				kind: 'chapter',
				label: `Chapter ${ch.order}: ${ch.title}`,
				href: `${resolve('/')}#${markerId(ch.id, i + 1)}`
			})
		);
	for (const p of content.places)
		p.descriptionProse.flatMap(citesOf).forEach((c, i) =>
			add(c.source, c.passage, {
				kind: 'place',
				label: p.name,
				href: `${resolve('/places/[slug]', { slug: p.slug })}#${markerId('place', i + 1)}`
			})
		);
	for (const e of content.events)
		for (const c of e.cites ?? [])
			add(c.source, c.passage, {
				kind: 'event',
				label: `Timeline: ${e.title}`,
				href: `${resolve('/timeline')}#event-${e.id}`
			});
	for (const cl of content.claims)
		for (const cell of cl.cells)
			if (cell.excerpt)
				add(cell.source, cell.excerpt, {
					kind: 'claim',
					label: cl.claim,
					href: `${resolve('/sources')}#claim-${cl.id}`
				});
	return bySource;
}

const passages = storyPassages();
const marked = new Map<string, MarkedDocument>(
	content.sources.map((s) => [
		s.id,
		markDocument(sourceText(s.id), passages.get(s.id)!, s.headline)
	])
);

/** A document marked with the passages the story uses. */
export const markedDocument = (id: string) => marked.get(id);

/** A sentence of a document, as a place page shows it: linked to where it stands in the document. */
export interface PlacePassage {
	source: SourceRef;
	text: string;
	href: string;
}

const sentences = content.sources.flatMap((s) =>
	readDocument(sourceText(s.id), s.headline).flatMap((p) =>
		p.sentences.map((sentence) => ({ source: s.id, ...sentence }))
	)
);

/** Every sentence of the documents that names the place, in document order. */
export function placePassages(slug: string): PlacePassage[] {
	const p = place(slug)!;
	const pattern = namePattern([p.name, ...(p.names ?? [])]);
	return sentences
		.filter((s) => names(s.text, pattern))
		.map((s) => ({
			source: sourceRef(s.source),
			text: s.text,
			href: `${resolve('/sources/[id]', { id: s.source })}#${s.id}`
		}));
}

/** Where a quote stands in its document's page. */
export const quoteHref = (source: string, text: string) =>
	`${resolve('/sources/[id]', { id: source })}#${passageId(text)}`;
