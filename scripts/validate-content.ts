/**
 * npm run validate [dir]: checks the story content (default: data/) and prints every problem with
 * its file, line and field. Exit 1 on any problem, so `npm run build` stops before Vite starts and
 * a broken file never produces a half-built site.
 */
import path from 'node:path';
import { readContentDir } from '../src/lib/content/read-files.server';
import { ContentError, validateContent } from '../src/lib/content/validate';

const dir = path.resolve(process.argv[2] ?? 'data');
try {
	const c = validateContent(readContentDir(dir));
	console.log(
		`content ok: ${c.chapters.length} chapters, ${c.places.length} places, ${c.quotes.length} quotes, ` +
			`${c.events.length} events, ${c.sources.length} sources, ${c.claims.length} claims`
	);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
