/**
 * npm run validate [dir]: checks the story content (default: CONTENT_DIR, else data/) and prints
 * every problem with its file (as a path in that folder), line and field. Exit 1 on any problem,
 * so `npm run build` stops before Vite starts and a broken file never produces a half-built site.
 * A folder that is missing or cannot be read is one line and exit 1, not a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readContentDir } from '../src/lib/content/read-files.server';
import { inFolder } from '../src/lib/content/parse';
import { ContentError, validateContent } from '../src/lib/content/validate';
import { contentDir } from './content-dir.mjs';

const fromArg = process.argv[2] !== undefined;
const given = process.argv[2] ?? contentDir();
const dir = path.resolve(given);

function fail(message: string): never {
	console.error(`validate-content: ${message}`);
	process.exit(1);
}

// The folder as the user wrote it: an absolute path stays absolute, a relative one is said from
// the current folder ("./bad/" -> "bad").
const shown = (
	path.isAbsolute(given) ? path.normalize(given) : path.relative(process.cwd(), dir) || '.'
)
	.split(path.sep)
	.join('/')
	.replace(/(.)\/$/, '$1');
const notes = [...(fromArg ? [] : ['CONTENT_DIR']), ...(shown === dir ? [] : [dir])];
const where = notes.length ? `${shown} (${notes.join(', ')})` : shown;

if (!fs.existsSync(dir)) fail(`no content folder at ${where}`);
if (!fs.statSync(dir).isDirectory()) fail(`${where} is a file, not a content folder`);

try {
	const c = validateContent(readContentDir(dir));
	console.log(
		`content ok (${shown}): ${c.chapters.length} chapters, ${c.places.length} places, ${c.quotes.length} quotes, ` +
			`${c.events.length} events, ${c.sources.length} sources, ${c.claims.length} claims, ` +
			`${c.tiers.length} basemap tiers`
	);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(inFolder(e, shown).message);
		process.exit(1);
	}
	// A folder that cannot be read (no permission, a broken link): say which, in one line.
	const err = e as NodeJS.ErrnoException;
	if (typeof err?.code === 'string' && err.code.startsWith('E')) {
		fail(`cannot read ${where}: ${err.message}`);
	}
	throw e;
}
