// Issue 13's rule, where CI sees it: no module in src/ over 300 lines (tests aside). The modules
// that are over it today are listed with the size they may not grow past; each split lowers or
// removes its line, and a new module over 300 lines fails `npm run lint` at once.
import fs from 'node:fs';
import path from 'node:path';

export const MAX_LINES = 300;

/** Over the limit today, to be split (issue 13): path -> the most lines it may have. @type {Record<string, number>} */
export const OVERSIZE = {};

const MODULE = /\.(ts|js|mjs|svelte|css)$/;
const TEST = /\.(spec|test|e2e)\.[tj]s$/;

/**
 * Every module under `dir` (tests aside), as paths relative to `root` with '/' separators.
 * @param {string} root
 * @param {string} [dir]
 * @returns {string[]}
 */
export function modulesUnder(root, dir = 'src') {
	/** @type {string[]} */
	const out = [];
	/** @param {string} rel */
	const walk = (rel) => {
		for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
			const child = `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(child);
			else if (MODULE.test(entry.name) && !TEST.test(entry.name)) out.push(child);
		}
	};
	walk(dir);
	return out.sort();
}

/** @param {string} text */
const linesOf = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/**
 * One problem per module over its limit (300, or its OVERSIZE line), and one per OVERSIZE line
 * that is out of date (the module is gone or now small enough to drop from the list).
 * @param {Record<string, string>} files path -> text
 * @param {Record<string, number>} [oversize]
 * @param {number} [max]
 * @returns {string[]}
 */
export function sizeProblems(files, oversize = OVERSIZE, max = MAX_LINES) {
	/** @type {string[]} */
	const problems = [];
	for (const [file, text] of Object.entries(files)) {
		const lines = linesOf(text);
		const limit = oversize[file] ?? max;
		if (lines > limit)
			problems.push(
				oversize[file]
					? `${file}: ${lines} lines, more than the ${limit} it had when it was listed to be split; split it instead`
					: `${file}: ${lines} lines, more than ${max}: split it along its seams`
			);
	}
	for (const [file, limit] of Object.entries(oversize)) {
		const text = files[file];
		if (text === undefined)
			problems.push(`${file}: listed in OVERSIZE but not found: remove its line`);
		else if (linesOf(text) <= max)
			problems.push(
				`${file}: ${linesOf(text)} lines now, within ${max}: remove its OVERSIZE line (was ${limit})`
			);
	}
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.cwd();
	const files = Object.fromEntries(
		modulesUnder(root).map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')])
	);
	const problems = sizeProblems(files);
	if (problems.length) {
		console.error(`module sizes (scripts/module-sizes.mjs):\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	const listed = Object.keys(OVERSIZE).length;
	console.log(
		`module sizes ok: ${Object.keys(files).length} modules in src/, none over ${MAX_LINES} lines${listed ? ` but the ${listed} listed to be split` : ''}`
	);
}
