/**
 * npm run validate [dir]: checks the story content (default: data/) and prints every problem with
 * its file (as a path in that folder), line and field. Exit 1 on any problem, so `npm run build`
 * stops before Vite starts and a broken file never produces a half-built site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { basemapCountries, readContentDir } from '../src/lib/content/read-files.server';
import { ContentError, validateContent } from '../src/lib/content/validate';

const given = process.argv[2] ?? 'data';
const dir = path.resolve(given);
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
	console.error(`validate: no content folder at ${given} (${dir})`);
	process.exit(1);
}
// The validator names files "data/…"; say them as paths in the folder that was checked.
const shown = path.relative(process.cwd(), dir).split(path.sep).join('/') || '.';
try {
	const c = validateContent(readContentDir(dir), { countries: basemapCountries() });
	console.log(
		`content ok: ${c.chapters.length} chapters, ${c.places.length} places, ${c.quotes.length} quotes, ` +
			`${c.events.length} events, ${c.sources.length} sources, ${c.claims.length} claims`
	);
} catch (e) {
	if (e instanceof ContentError) {
		const local = e.issues.map((i) => ({ ...i, file: i.file.replace(/^data(?=\/|$)/, shown) }));
		console.error(new ContentError(local).message);
		process.exit(1);
	}
	throw e;
}
