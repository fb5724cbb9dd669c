import { chapter, content, place, source } from '$lib/server/content';
import { evidenceNote } from '$lib/server/evidence-notes';
import type { EvidenceNote } from '$lib/content/views';

export function load() {
	// content.events is already in date order; keep it, only group by year.
	const years: { year: string; events: TimelineEvent[] }[] = [];
	for (const e of content.events) {
		const year = e.date.slice(0, 4);
		let group = years.at(-1);
		if (group?.year !== year) years.push((group = { year, events: [] }));
		group.events.push({
			id: e.id,
			date: e.date,
			label: e.label,
			implied: e.implied,
			dateNote: e.dateNote,
			title: e.title,
			places: e.places.map((slug) => ({ slug, name: place(slug)!.name })),
			sources: e.sources.map((id) => ({ id, name: source(id)!.short })),
			chapter: { id: e.chapter, title: chapter(e.chapter)!.title },
			evidence: (e.cites ?? []).map((c) => evidenceNote(c.source, c.passage))
		});
	}
	return { years, count: content.events.length };
}

interface TimelineEvent {
	id: string;
	date: string;
	label: string;
	implied: boolean;
	dateNote?: string;
	title: string;
	places: { slug: string; name: string }[];
	sources: { id: string; name: string }[];
	chapter: { id: string; title: string };
	/** The passages of its sources that give it. */
	evidence: EvidenceNote[];
}
