/**
 * npm run validate [dir]: checks the story content (default: CONTENT_DIR, else data/) and prints
 * every problem with its file (as a path in that folder), line and field. Exit 1 on any problem,
 * so `npm run build` stops before Vite starts and a broken file never produces a half-built site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readContentDir } from '../src/lib/content/read-files.server';
import { inFolder } from '../src/lib/content/parse';
import { ContentError, validateContent } from '../src/lib/content/validate';
import { contentDir } from './content-dir.mjs';

const given = process.argv[2] ?? contentDir();
const dir = path.resolve(given);
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
	console.error(`validate: no content folder at ${given} (${dir})`);
	process.exit(1);
}
// The validator names files "data/…"; say them as paths in the folder that was checked.
const shown = path.relative(process.cwd(), dir).split(path.sep).join('/') || '.';
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
	throw e;
}
