/**
 * Reads every content file, checks it against the schema, cross-checks references and builds the
 * typed index the site is made from. It takes file texts (not the file system), so the build
 * (import.meta.glob), `npm run validate` (node:fs) and the tests (fixtures) all share it.
 *
 * Every problem names the file, the field and, where it can, the line; all problems are collected
 * before failing, so an author sees them at once.
 */
import { formatDate, precisionOf, sortKey, type Precision } from './dates';
import { checkBasemap } from './basemap-check';
import { checkEvidence } from './evidence';
import { checkFiles, meantAs } from './files';
import { quoteProblem } from './matching';
import { checkPlaceNames } from './place-names';
import { suggest } from './suggest';
import {
	Collector,
	ContentError,
	check,
	lineOf,
	parseYaml,
	type ContentFiles,
	type Parsed,
	type Path
} from './parse';
import { parseProse, plainText, type Paragraph } from './prose';
import {
	chapterSchema,
	claimsFileSchema,
	eventsFileSchema,
	placeSchema,
	quotesFileSchema,
	sourceSchema,
	storySchema,
	type ChapterMeta,
	type Claim,
	type EventEntry,
	type Place,
	type Quote,
	type SourceMeta,
	type Story,
	type Tier
} from './schema';

export { ContentError, formatIssue, type ContentFiles, type ContentIssue } from './parse';

export interface Source extends SourceMeta {
	/** Whether the full document text is present to check quotes against. */
	hasText: boolean;
}
export interface Chapter extends ChapterMeta {
	file: string;
	paragraphs: Paragraph[];
}
/** A place; its description as prose with its citations, and as plain text without them. */
export interface StoryPlace extends Place {
	descriptionProse: Paragraph[];
}
export interface StoryEvent extends EventEntry {
	precision: Precision;
	label: string;
}
export interface Content {
	story: Story;
	sources: Source[];
	places: StoryPlace[];
	quotes: Quote[];
	events: StoryEvent[];
	chapters: Chapter[];
	claims: Claim[];
	/** The basemap's tiers (basemap/tiers.yaml). */
	tiers: Tier[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function byFolder(files: ContentFiles, folder: string, ext: string): [string, string][] {
	return Object.entries(files)
		.filter(([f]) => f.startsWith(`data/${folder}/`) && f.endsWith(ext))
		.sort(([a], [b]) => a.localeCompare(b));
}

export interface ValidateOptions {
	/**
	 * The ids and names of the basemap's countries, which a country's `polygon` must be one of;
	 * default: those in the folder's basemap/*.json.
	 */
	countries?: ReadonlySet<string>;
}

export function validateContent(input: ContentFiles, options: ValidateOptions = {}): Content {
	const c = new Collector();
	const { texts: files, issues: fileIssues } = checkFiles(input);
	c.issues.push(...fileIssues);
	const unread = () => {
		const ok = new Set([...sources, ...places, ...chapters].map((x) => x.p.file));
		return Object.keys(input)
			.filter((f) => !ok.has(f))
			.map(meantAs)
			.filter((x) => x !== null);
	};
	const single = (name: string) => {
		const file = `data/${name}`;
		if (!(file in files)) {
			c.issues.push({ file, field: '', message: 'is missing' });
			return null;
		}
		return parseYaml(file, files[file]!, 0, c);
	};

	// --- read and check each file on its own
	const basemap = checkBasemap(files, c);
	const countries = options.countries ?? basemap.countries;
	const storyFile = single('story.yaml');
	const story = storyFile && check(storyFile, storySchema, c);

	const sources: { data: SourceMeta; p: Parsed }[] = [];
	const sourceFiles: Parsed[] = [];
	for (const [file, text] of byFolder(files, 'sources', '.yaml')) {
		const p = parseYaml(file, text, 0, c);
		if (p) sourceFiles.push(p);
		const data = p && check(p, sourceSchema, c);
		if (p && data) sources.push({ data, p });
	}
	const places: { data: StoryPlace; p: Parsed }[] = [];
	const placeFiles: Parsed[] = [];
	for (const [file, text] of byFolder(files, 'places', '.yaml')) {
		const p = parseYaml(file, text, 0, c);
		if (p) placeFiles.push(p);
		const meta = p && check(p, placeSchema, c);
		if (!p || !meta) continue;
		const prose = parseProse(meta.description);
		for (const pr of prose.problems) c.add(p, ['description'], pr.message);
		const data = {
			...meta,
			description: plainText(prose.paragraphs),
			descriptionProse: prose.paragraphs
		};
		places.push({ data, p });
	}
	const quotesFile = single('quotes.yaml');
	const quotes = (quotesFile && check(quotesFile, quotesFileSchema, c)) ?? [];
	const eventsFile = single('events.yaml');
	const events = (eventsFile && check(eventsFile, eventsFileSchema, c)) ?? [];
	const claimsFile = single('claims.yaml');
	const claims = (claimsFile && check(claimsFile, claimsFileSchema, c)) ?? [];

	const chapters: { data: Chapter; p: Parsed }[] = [];
	const proseLines = new Map<string, number[]>();
	const chapterFiles: [string, Parsed][] = [];
	const chapterTexts = byFolder(files, 'chapters', '.md');
	if (!chapterTexts.length)
		c.issues.push({ file: 'data/chapters', field: '', message: 'holds no chapter (*.md)' });
	for (const [file, raw] of chapterTexts) {
		const fm = FRONT_MATTER.exec(raw);
		if (!fm) {
			c.issues.push({
				file,
				field: '',
				line: 1,
				message: 'must start with front matter between two "---" lines'
			});
			continue;
		}
		const p = parseYaml(file, fm[1]!, 1, c);
		if (p) chapterFiles.push([file, p]);
		const meta = p && check(p, chapterSchema, c);
		if (!p || !meta) continue;
		const bodyLine = fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0);
		const { paragraphs, lines, problems } = parseProse(raw.slice(fm[0].length));
		for (const pr of problems)
			c.issues.push({ file, field: 'prose', line: pr.line + bodyLine, message: pr.message });
		for (const t of paragraphs.flat()) if (t.type === 'cite') t.line += bodyLine;
		proseLines.set(
			file,
			lines.map((l) => l + bodyLine)
		);
		if (!paragraphs.length)
			c.issues.push({
				file,
				field: 'prose',
				line: bodyLine + 1,
				message: 'is empty: write the chapter below the front matter'
			});
		chapters.push({ data: { ...meta, file, paragraphs }, p });
	}

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

	// --- references (an entity whose file has other problems still counts as known, so one bad
	// field does not cascade into "unknown" errors everywhere it is referenced)
	for (const [id, index] of [
		...rawIds(sourceFiles, 'id').map((id) => [id, sourceById] as const),
		...rawIds(placeFiles, 'slug').map((id) => [id, placeBySlug] as const),
		...rawIds(
			chapterFiles.map(([, p]) => p),
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
		chapterFiles.flatMap(([, p]) => {
			const q: unknown = (p.value as { quotes?: unknown } | null)?.quotes;
			return Array.isArray(q) ? q.filter((x): x is string => typeof x === 'string') : [];
		})
	);
	for (const { data: ch, p } of chapters) {
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
	claims.forEach((cl, i) => {
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

	checkEvidence(
		{
			chapters: chapters.map(({ data }) => ({ ...data, lines: proseLines.get(data.file)! })),
			places: places.map(({ data, p }) => ({ p, paragraphs: data.descriptionProse })),
			events: eventsFile && { p: eventsFile, list: events },
			claims: claimsFile && { p: claimsFile, list: claims },
			sources: sourceById,
			text: sourceText,
			files
		},
		c
	);

	if (c.issues.length || !story) throw new ContentError(c.issues);

	return {
		story,
		sources: sources.map((s) => ({ ...s.data, hasText: true })),
		places: places.map((p) => p.data).sort((a, b) => a.name.localeCompare(b.name)),
		quotes,
		events: events
			.map((e) => ({ ...e, precision: precisionOf(e.date), label: formatDate(e.date) }))
			.sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date))),
		chapters: chapters.map((x) => x.data).sort((a, b) => a.order - b.order),
		claims,
		tiers: basemap.tiers
	};
}

/** The 1-based line where a piece of text first stands in a file. */
function lineIn(text: string, piece: string): number | undefined {
	const i = text.indexOf(piece);
	return i < 0 ? undefined : text.slice(0, i).split('\n').length;
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
