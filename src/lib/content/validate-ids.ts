/**
 * The validator's id stage: every id and slug unique within its kind, and the index of known ids
 * that references are checked against. An entity whose file has other problems still counts as
 * known, so one bad field does not cascade into "unknown" errors everywhere it is referenced.
 */
import { meantAs } from './files';
import { lineOf, type Collector, type ContentFiles, type Parsed, type Path } from './parse';
import type { ReadContent } from './validate-parse';

/** Known ids by kind (a null value: known by name, its file has other problems). */
export interface KnownIds {
	sourceById: Map<string, unknown>;
	placeBySlug: Map<string, unknown>;
	chapterById: Map<string, unknown>;
	quoteById: Map<string, unknown>;
}

/**
 * Reports every duplicate id and returns the known ids; `input` is every file given, read or not
 * (a file that is not read still names an entity by its file name).
 */
export function indexIds(read: ReadContent, input: ContentFiles, c: Collector): KnownIds {
	const { sources, places, chapters, quotes, events, claims } = read;
	const { quotesFile, eventsFile, claimsFile } = read;
	const unread = () => {
		const ok = new Set([...sources, ...places, ...chapters].map((x) => x.p.file));
		return Object.keys(input)
			.filter((f) => !ok.has(f))
			.map(meantAs)
			.filter((x) => x !== null);
	};

	// --- unique ids
	const unique = <T>(
		items: T[],
		key: (t: T) => string,
		where: (t: T) => [Parsed, Path],
		what: string
	) => {
		const seen = new Map<string, T>();
		for (const item of items) {
			const k = key(item);
			const first = seen.get(k);
			if (first) {
				const [p0] = where(first);
				const [p, path] = where(item);
				c.add(
					p,
					path,
					`duplicate ${what} "${k}" (also in ${p0.file}${lineOf(p0, where(first)[1]) ? `:${lineOf(p0, where(first)[1])}` : ''})`
				);
			} else seen.set(k, item);
		}
		return seen;
	};
	const sourceById = unique(
		sources,
		(s) => s.data.id,
		(s) => [s.p, ['id']],
		'source id'
	);
	const placeBySlug = unique(
		places,
		(s) => s.data.slug,
		(s) => [s.p, ['slug']],
		'place slug'
	);
	const chapterById = unique(
		chapters,
		(s) => s.data.id,
		(s) => [s.p, ['id']],
		'chapter id'
	);
	unique(
		chapters,
		(s) => String(s.data.order),
		(s) => [s.p, ['order']],
		'chapter order'
	);
	const quoteIndex = quotes.map((q, i) => ({ q, i }));
	const quoteById = unique(
		quoteIndex,
		(x) => x.q.id,
		(x) => [quotesFile!, [x.i, 'id']],
		'quote id'
	);
	unique(
		events.map((e, i) => ({ e, i })),
		(x) => x.e.id,
		(x) => [eventsFile!, [x.i, 'id']],
		'event id'
	);
	unique(
		claims.map((e, i) => ({ e, i })),
		(x) => x.e.id,
		(x) => [claimsFile!, [x.i, 'id']],
		'claim id'
	);

	// --- known by name: the raw ids of files that parsed but did not pass their schema
	for (const [id, index] of [
		...rawIds(read.sourceFiles, 'id').map((id) => [id, sourceById] as const),
		...rawIds(read.placeFiles, 'slug').map((id) => [id, placeBySlug] as const),
		...rawIds(
			read.chapterFiles.map(([, p]) => p),
			'id'
		).map((id) => [id, chapterById] as const),
		...rawListIds(quotesFile).map((id) => [id, quoteById] as const)
	] as const)
		if (!index.has(id)) (index as Map<string, unknown>).set(id, null);
	// A file that is not read (durres.yml) or does not pass its schema still names an entity by its
	// file name: don't also report every reference to it as unknown.
	for (const [folder, id] of unread()) {
		const index =
			folder === 'sources' ? sourceById : folder === 'places' ? placeBySlug : chapterById;
		if (!index.has(id)) (index as Map<string, unknown>).set(id, null);
	}
	return { sourceById, placeBySlug, chapterById, quoteById };
}

function rawIds(files: Parsed[], key: string): string[] {
	return files.map((p) => p.doc.get(key)).filter((v): v is string => typeof v === 'string');
}

function rawListIds(p: Parsed | null): string[] {
	const list: unknown = p?.value;
	if (!Array.isArray(list)) return [];
	return list
		.map((x: unknown) => (x as { id?: unknown })?.id)
		.filter((v): v is string => typeof v === 'string');
}
