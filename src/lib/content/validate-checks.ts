/**
 * The validator's cross-file stage: each kind of entry checked against the others once every file
 * is read. A place's country is on the basemap; every source has its document text; quotes,
 * events, chapters and claims name known sources, places, quotes and chapters; quotes and claim
 * excerpts stand word for word in their document; a chapter's dates are in order and its links
 * point somewhere; every quote is used.
 */
import { formatDate, sortKey } from './dates';
import { quoteProblem } from './matching';
import type { Collector, ContentFiles, Parsed, Path } from './parse';
import { checkPlaceNames } from './place-names';
import { suggest } from './suggest';
import type { KnownIds } from './validate-ids';
import { byFolder, type ReadContent } from './validate-parse';

export function checkReferences(
	read: ReadContent,
	ids: KnownIds,
	files: ContentFiles,
	countries: ReadonlySet<string>,
	c: Collector
): void {
	const { sources, sourceFiles, places, quotes, quotesFile, events, eventsFile } = read;
	const { sourceById, placeBySlug, chapterById, quoteById } = ids;
	if (countries.size)
		for (const { data: pl, p } of places)
			if (pl.polygon !== undefined && !countries.has(pl.polygon))
				c.add(
					p,
					['polygon'],
					`"${pl.polygon}" is not a country of the basemap (a world-atlas id such as "008", or a name such as "Kosovo")${suggest(pl.polygon, new Map([...countries].map((k) => [k, null])))}`
				);
	const ref = (p: Parsed, path: Path, id: string, index: Map<string, unknown>, what: string) => {
		if (!index.has(id)) c.add(p, path, `unknown ${what} "${id}"${suggest(id, index)}`);
	};
	const sourceText = (id: string) => files[`data/sources/${id}.txt`];
	for (const s of sources) {
		if (sourceText(s.data.id) === undefined)
			c.add(
				s.p,
				['id'],
				`has no document text: add data/sources/${s.data.id}.txt (the full text quotes are checked against)`
			);
	}
	// Every document's text, even one whose metadata has a problem: no cascade of unnamed places.
	checkPlaceNames(
		places,
		byFolder(files, 'sources', '.txt').map(([file, text]) => {
			const meta = sourceFiles.find((p) => p.file === file.replace(/\.txt$/, '.yaml'));
			const headline: unknown = meta?.doc.get('headline');
			return { text, headline: typeof headline === 'string' ? headline : undefined };
		}),
		c
	);
	quotes.forEach((q, i) => {
		ref(quotesFile!, [i, 'source'], q.source, sourceById, 'source');
		q.places.forEach((pl, j) => ref(quotesFile!, [i, 'places', j], pl, placeBySlug, 'place'));
		const doc = sourceText(q.source);
		const problem = doc === undefined ? null : quoteProblem(q.text, doc);
		if (problem)
			c.add(
				quotesFile!,
				[i, 'text'],
				`is not word for word in source "${q.source}" (data/sources/${q.source}.txt): ${problem}`
			);
	});
	events.forEach((e, i) => {
		e.places.forEach((pl, j) => ref(eventsFile!, [i, 'places', j], pl, placeBySlug, 'place'));
		e.sources.forEach((s, j) => ref(eventsFile!, [i, 'sources', j], s, sourceById, 'source'));
		ref(eventsFile!, [i, 'chapter'], e.chapter, chapterById, 'chapter');
	});
	// A chapter that fails its schema still uses its quotes: don't also call them unused.
	const usedQuotes = new Set<string>(
		read.chapterFiles.flatMap(([, p]) => {
			const q: unknown = (p.value as { quotes?: unknown } | null)?.quotes;
			return Array.isArray(q) ? q.filter((x): x is string => typeof x === 'string') : [];
		})
	);
	for (const { data: ch, p } of read.chapters) {
		ch.places.forEach((pl, j) => ref(p, ['places', j], pl, placeBySlug, 'place'));
		ch.quotes.forEach((q, j) => {
			ref(p, ['quotes', j], q, quoteById, 'quote');
			usedQuotes.add(q);
		});
		ch.connections?.forEach((cn, j) => {
			ref(p, ['connections', j, 'from'], cn.from, placeBySlug, 'place');
			ref(p, ['connections', j, 'to'], cn.to, placeBySlug, 'place');
		});
		if (ch.dates.to && sortKey(ch.dates.to) < sortKey(ch.dates.from))
			c.add(p, ['dates', 'to'], `is before dates.from (${formatDate(ch.dates.from)})`);
		for (const para of ch.paragraphs)
			for (const t of para)
				if (t.type === 'link') {
					const index =
						t.kind === 'place' ? placeBySlug : t.kind === 'chapter' ? chapterById : sourceById;
					if (!index.has(t.ref))
						c.issues.push({
							file: p.file,
							field: 'prose',
							line: lineIn(files[p.file]!, `](${t.kind}:${t.ref})`),
							message: `link "[${t.text}](${t.kind}:${t.ref})" points to an unknown ${t.kind}${suggest(t.ref, index)}`
						});
				}
	}
	quotes.forEach((q, i) => {
		if (!usedQuotes.has(q.id))
			c.add(quotesFile!, [i, 'id'], `quote "${q.id}" is not used by any chapter`);
	});
	const claimsFile = read.claimsFile;
	read.claims.forEach((cl, i) => {
		const seen = new Set<string>();
		cl.cells.forEach((cell, j) => {
			ref(claimsFile!, [i, 'cells', j, 'source'], cell.source, sourceById, 'source');
			if (seen.has(cell.source))
				c.add(
					claimsFile!,
					[i, 'cells', j, 'source'],
					`source "${cell.source}" has two cells in this claim`
				);
			seen.add(cell.source);
			const doc = sourceText(cell.source);
			const problem = cell.excerpt && doc !== undefined ? quoteProblem(cell.excerpt, doc) : null;
			if (problem)
				c.add(
					claimsFile!,
					[i, 'cells', j, 'excerpt'],
					`is not word for word in source "${cell.source}": ${problem}`
				);
			if (cell.verdict === 'silent' && cell.excerpt)
				c.add(
					claimsFile!,
					[i, 'cells', j, 'excerpt'],
					'a document that is silent cannot have an excerpt'
				);
		});
		for (const id of sourceById.keys())
			if (!seen.has(id)) c.add(claimsFile!, [i, 'cells'], `has no cell for source "${id}"`);
	});
}

/** The 1-based line where a piece of text first stands in a file. */
function lineIn(text: string, piece: string): number | undefined {
	const i = text.indexOf(piece);
	return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}
