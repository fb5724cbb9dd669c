/**
 * Reads every content file, checks it against the schema, cross-checks references and builds the
 * typed index the site is made from. It takes file texts (not the file system), so the build
 * (import.meta.glob), `npm run validate` (node:fs) and the tests (fixtures) all share it.
 *
 * Every problem names the file, the field and, where it can, the line; all problems are collected
 * before failing, so an author sees them at once. The stages, in order: the files on their own
 * (validate-parse.ts), unique and known ids (validate-ids.ts), references and checks across files
 * (validate-checks.ts), evidence (evidence.ts), and the index (index-build.ts).
 */
import { checkBasemap } from './basemap-check';
import { checkEvidence } from './evidence';
import { checkFiles } from './files';
import { buildContent, type Content } from './index-build';
import { Collector, ContentError, type ContentFiles } from './parse';
import { checkReferences } from './validate-checks';
import { indexIds } from './validate-ids';
import { readContent } from './validate-parse';

export { ContentError, formatIssue, type ContentFiles, type ContentIssue } from './parse';
export type { Chapter, Content, Source, StoryEvent, StoryPlace } from './index-build';

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

	// --- read and check each file on its own
	const basemap = checkBasemap(files, c);
	const countries = options.countries ?? basemap.countries;
	const read = readContent(files, c);

	// --- across files
	const ids = indexIds(read, input, c);
	checkReferences(read, ids, files, countries, c);
	const { chapters, places, events, eventsFile, claims, claimsFile } = read;
	checkEvidence(
		{
			chapters: chapters.map(({ data }) => ({ ...data, lines: read.proseLines.get(data.file)! })),
			places: places.map(({ data, p }) => ({ p, paragraphs: data.descriptionProse })),
			events: eventsFile && { p: eventsFile, list: events },
			claims: claimsFile && { p: claimsFile, list: claims },
			sources: ids.sourceById,
			text: (id) => files[`data/sources/${id}.txt`],
			files
		},
		c
	);

	if (c.issues.length || !read.story) throw new ContentError(c.issues);
	return buildContent(read, read.story, basemap.tiers);
}
