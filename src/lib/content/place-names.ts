/**
 * Which sentences of the documents name a place: by its name or any of the other names the place
 * declares (`names`), as whole words ("Iran" names Iran in "Iran's" and "Iraq-Iran", not in
 * "Iranian"), letters and case exactly, quote marks, dashes and spaces loosely.
 */
import { readDocument } from './document';
import { loose } from './matching';
import type { Collector, Parsed } from './parse';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that finds any of the names as a whole word in a {@link loose} text. */
export function namePattern(names: readonly string[]): RegExp {
	const alternatives = [...new Set(names.map(loose))]
		.sort((a, b) => b.length - a.length)
		.map(escape);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** True when the text names the place by one of the names. */
export const names = (text: string, pattern: RegExp) => pattern.test(loose(text));

/** The names (of those given) that no text uses. */
export function unused(given: readonly string[], texts: readonly string[]): string[] {
	return given.filter((n) => !texts.some((t) => names(t, namePattern([n]))));
}

export interface NamedPlace {
	name: string;
	names?: string[];
}

/**
 * The validator's check: every place is named by some sentence of the documents, and every other
 * name it declares is one a document uses. Nothing is checked when no document has its text.
 */
export function checkPlaceNames(
	places: { data: NamedPlace; p: Parsed }[],
	documents: { text: string; headline?: string }[],
	c: Collector
) {
	const sentences = documents.flatMap((d) =>
		readDocument(d.text, d.headline).flatMap((p) => p.sentences.map((s) => s.text))
	);
	if (!sentences.length) return;
	for (const { data, p } of places) {
		const all = [data.name, ...(data.names ?? [])];
		const pattern = namePattern(all);
		if (!sentences.some((s) => names(s, pattern))) {
			c.add(
				p,
				[data.names ? 'names' : 'name'],
				`no sentence of the documents names ${all.map((n) => `"${n}"`).join(' or ')}: add to names the spelling the documents use (e.g. one without accents)`
			);
			continue;
		}
		for (const n of unused(data.names ?? [], sentences))
			c.add(
				p,
				['names', data.names!.indexOf(n)],
				`"${n}" stands in no sentence of the documents: list only names the documents use`
			);
	}
}
