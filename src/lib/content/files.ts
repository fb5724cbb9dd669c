/**
 * Checks on the content folder as files, before any is parsed: which files the build reads (and
 * which it would silently skip), text that is not UTF-8, a byte-order mark, sizes.
 */
import type { ContentFiles, ContentIssue } from './parse';

/** The files the build reads, by folder: anything else in the content folder is reported. */
const READ: RegExp[] = [
	/^data\/(story|quotes|events|claims)\.yaml$/,
	/^data\/sources\/[^/]+\.(yaml|txt)$/,
	/^data\/places\/[^/]+\.yaml$/,
	/^data\/chapters\/[^/]+\.md$/,
	/^data\/basemap\/(tiers\.yaml|[^/]+\.json)$/
];
const EXPECTED: Record<string, string> = {
	sources: 'sources/<id>.yaml and sources/<id>.txt',
	places: 'places/<slug>.yaml',
	chapters: 'chapters/NN-<id>.md',
	basemap: 'basemap/tiers.yaml and basemap/<tier>.json'
};

/** Limits no real story meets: a story page stays something a phone can load. */
export const LIMITS = {
	/** Characters in one chapter file. */
	chapter: 20_000,
	/** Characters in all chapters together (the story page shows them all). */
	chapters: 150_000,
	/** Characters in any other content file (a document's text included). */
	file: 200_000
};

export const isRead = (file: string) => READ.some((r) => r.test(file));

/**
 * The stem of a file the build does not read but that was meant as an entity
 * ("data/places/durres.yml" -> ["places", "durres"]), so references to it don't cascade.
 */
export function meantAs(file: string): [folder: string, id: string] | null {
	const m = /^data\/(sources|places|chapters)\/([^/]+?)\.[^/.]+$/.exec(file);
	if (!m) return null;
	const id = m[1] === 'chapters' ? m[2]!.replace(/^\d+-/, '') : m[2]!;
	return [m[1]!, id.toLowerCase()];
}

/** Problems with the files themselves; also strips a byte-order mark from the texts it keeps. */
export function checkFiles(files: ContentFiles): { texts: ContentFiles; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const texts: ContentFiles = {};
	let chapterChars = 0;
	for (const [file, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		if (!isRead(file)) {
			const folder = /^data\/([^/]+)\//.exec(file)?.[1];
			const expected = (folder && EXPECTED[folder]) || 'story, quotes, events and claims .yaml';
			issues.push({
				file,
				field: '',
				message: `is not read by the build (it reads ${expected}: check the name and its ending)`
			});
			continue;
		}
		const bad = raw.indexOf('\uFFFD');
		if (bad >= 0) {
			issues.push({
				file,
				field: '',
				line: raw.slice(0, bad).split('\n').length,
				message: 'is not UTF-8 text (a byte here is not UTF-8): save the file as UTF-8'
			});
			continue;
		}
		const text = raw.replace(/^\uFEFF/, '');
		const limit = file.startsWith('data/chapters/') ? LIMITS.chapter : LIMITS.file;
		if (text.length > limit) {
			issues.push({
				file,
				field: '',
				message: `is ${text.length.toLocaleString('en')} characters long: the most a ${file.startsWith('data/chapters/') ? 'chapter' : 'content file'} may be is ${limit.toLocaleString('en')}`
			});
		}
		if (file.startsWith('data/chapters/')) chapterChars += text.length;
		texts[file] = text;
	}
	if (chapterChars > LIMITS.chapters)
		issues.push({
			file: 'data/chapters',
			field: '',
			message: `the chapters are ${chapterChars.toLocaleString('en')} characters together: the story page may hold at most ${LIMITS.chapters.toLocaleString('en')}`
		});
	return { texts, issues };
}
