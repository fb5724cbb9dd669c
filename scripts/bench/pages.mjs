// The entry pages the bench measures: one of each type a shared link lands on, found in the
// build, so that any story's build is measured alike. Of each type, the page with the largest
// HTML: the heaviest a link can land on.
import fs from 'node:fs';
import path from 'node:path';

/** Page types and the pattern of their addresses (after the base path). */
const TYPES = [
	{ type: 'story', pattern: /^\/$/ },
	{ type: 'place', pattern: /^\/places\/[^/]+$/ },
	{ type: 'chapter', pattern: /^\/chapters\/[^/]+$/ },
	{ type: 'slide', pattern: /^\/present\/[^/]+$/ },
	{ type: 'timeline', pattern: /^\/timeline$/ },
	{ type: 'sources', pattern: /^\/sources$/ },
	{ type: 'document', pattern: /^\/sources\/[^/]+$/ }
];

/**
 * Every prerendered page of build/ with its HTML's size: `/a/b` for a/b.html, `/` for index.html
 * (the copies that serve an address with a trailing slash, a/b/index.html, are left out).
 */
/** @typedef {{ path: string, bytes: number }} BuiltPage */

/** @param {string} buildDir @returns {BuiltPage[]} */
export function builtPages(buildDir) {
	/** @type {BuiltPage[]} */
	const pages = [];
	/** @param {string} dir @param {string} rel */
	const walk = (dir, rel) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const abs = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(abs, `${rel}/${entry.name}`);
			else if (entry.name.endsWith('.html') && entry.name !== 'index.html')
				pages.push({ path: `${rel}/${entry.name.slice(0, -5)}`, bytes: fs.statSync(abs).size });
		}
	};
	walk(buildDir, '');
	const home = path.join(buildDir, 'index.html');
	if (fs.existsSync(home)) pages.push({ path: '/', bytes: fs.statSync(home).size });
	return pages;
}

/** One page of each type, in the order above: [{ type, path }] (types the site lacks left out). */
/** @param {BuiltPage[]} pages @returns {{ type: string, path: string }[]} */
export function entryPages(pages) {
	const out = [];
	for (const { type, pattern } of TYPES) {
		const of = pages.filter((p) => pattern.test(p.path));
		if (!of.length) continue;
		const largest = of.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		out.push({ type, path: largest.path });
	}
	return out;
}
