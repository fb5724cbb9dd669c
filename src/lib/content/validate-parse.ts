/**
 * The validator's reading stage: every content file of data/ read by folder, its YAML (or a
 * chapter's front matter) parsed and checked against its schema on its own, before any check
 * across files. A file that fails still counts as parsed where it could be, so the later checks
 * know the ids it names.
 */
import { parseProse, plainText } from './prose';
import { Collector, check, parseYaml, type ContentFiles, type Parsed } from './parse';
import {
	chapterSchema,
	claimsFileSchema,
	eventsFileSchema,
	placeSchema,
	quotesFileSchema,
	sourceSchema,
	storySchema,
	type Claim,
	type EventEntry,
	type Quote,
	type SourceMeta,
	type Story
} from './schema';
import type { Chapter, StoryPlace } from './index-build';

/** Every file as read: what passed its schema, with the parsed files it came from. */
export interface ReadContent {
	story: Story | null;
	sources: { data: SourceMeta; p: Parsed }[];
	/** Every source file that parsed as YAML, whether or not it passed its schema. */
	sourceFiles: Parsed[];
	places: { data: StoryPlace; p: Parsed }[];
	placeFiles: Parsed[];
	quotesFile: Parsed | null;
	quotes: Quote[];
	eventsFile: Parsed | null;
	events: EventEntry[];
	claimsFile: Parsed | null;
	claims: Claim[];
	chapters: { data: Chapter; p: Parsed }[];
	/** The line in its file of each paragraph of a chapter's prose. */
	proseLines: Map<string, number[]>;
	chapterFiles: [string, Parsed][];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The files of a folder of data/ with one extension, in the order of their names. */
export function byFolder(files: ContentFiles, folder: string, ext: string): [string, string][] {
	return Object.entries(files)
		.filter(([f]) => f.startsWith(`data/${folder}/`) && f.endsWith(ext))
		.sort(([a], [b]) => a.localeCompare(b));
}

export function readContent(files: ContentFiles, c: Collector): ReadContent {
	const single = (name: string) => {
		const file = `data/${name}`;
		if (!(file in files)) {
			c.issues.push({ file, field: '', message: 'is missing' });
			return null;
		}
		return parseYaml(file, files[file]!, 0, c);
	};

	const storyFile = single('story.yaml');
	const story = storyFile && check(storyFile, storySchema, c);

	const sources: ReadContent['sources'] = [];
	const sourceFiles: Parsed[] = [];
	for (const [file, text] of byFolder(files, 'sources', '.yaml')) {
		const p = parseYaml(file, text, 0, c);
		if (p) sourceFiles.push(p);
		const data = p && check(p, sourceSchema, c);
		if (p && data) sources.push({ data, p });
	}
	const places: ReadContent['places'] = [];
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

	const { chapters, proseLines, chapterFiles } = readChapters(files, c);
	return {
		story,
		sources,
		sourceFiles,
		places,
		placeFiles,
		quotesFile,
		quotes,
		eventsFile,
		events,
		claimsFile,
		claims,
		chapters,
		proseLines,
		chapterFiles
	};
}

/** data/chapters/*.md: front matter checked against the chapter schema, and the prose below it. */
function readChapters(
	files: ContentFiles,
	c: Collector
): Pick<ReadContent, 'chapters' | 'proseLines' | 'chapterFiles'> {
	const chapters: ReadContent['chapters'] = [];
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
	return { chapters, proseLines, chapterFiles };
}
