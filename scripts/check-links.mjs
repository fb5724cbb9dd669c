// Checks the built site's internal links: every href/src in build/**/*.html that points into the
// site must resolve to a file the way the static host resolves it (/x -> x, x.html or
// x/index.html; /x/ -> x/index.html), and every #fragment must name an id on the target page.
// Links to other sites (http:, https:, mailto:...) are not followed.
//
//   node scripts/check-links.mjs [dir]        # dir defaults to $BUILD_DIR or build
//   BASE_PATH=/albania-story node scripts/check-links.mjs
//
// Exits 1 listing every broken link, as `page: link -> what is wrong`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
/** @param {string} s */
const decodeEntities = (s) =>
	s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, /** @type {string} */ e) => ENTITIES[e] ?? _);

/**
 * The markup a browser treats as tags: scripts, styles, comments and textareas taken out.
 * @param {string} html
 */
const tagsOnly = (html) =>
	html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(
			/<(script|style|textarea|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi,
			(m, /** @type {string} */ tag) =>
				// <noscript> content is real markup for readers without JavaScript: keep it
				tag.toLowerCase() === 'noscript' ? m : ''
		);

/**
 * Every (attribute, value) pair of the given names in the page's tags.
 * @param {string} html
 * @param {string[]} names
 */
function attributes(html, names) {
	/** @type {{ name: string, value: string }[]} */
	const out = [];
	const tag = /<[a-zA-Z][^>]*>/g;
	const attr = /\s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
	for (const [t] of tagsOnly(html).matchAll(tag))
		for (const m of t.matchAll(attr)) {
			const name = (m[1] ?? '').toLowerCase();
			if (names.includes(name))
				out.push({ name, value: decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') });
		}
	return out;
}

/**
 * The ids a #fragment can point to on a page (id="" on any element, name="" on <a>).
 * @param {string} html
 */
function anchors(html) {
	/** @type {Set<string>} */
	const ids = new Set();
	for (const { value } of attributes(html, ['id'])) ids.add(value);
	for (const [, name] of tagsOnly(html).matchAll(/<a\b[^>]*\sname\s*=\s*"([^"]*)"/gi))
		if (name) ids.add(name);
	return ids;
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? walk(p) : e.name.endsWith('.html') ? [p] : [];
	});
}

/**
 * The address a built file is served at: index.html -> /, a/index.html -> /a/, a.html -> /a
 * @param {string} root
 * @param {string} file
 * @param {string} base
 */
function addressOf(root, file, base) {
	const rel = path.relative(root, file).split(path.sep).join('/');
	if (rel === 'index.html') return `${base}/`;
	if (rel.endsWith('/index.html')) return `${base}/${rel.slice(0, -'index.html'.length)}`;
	return `${base}/${rel.replace(/\.html$/, '')}`;
}

/**
 * The file the static host (scripts/serve.mjs) serves for a path inside the site, or null.
 * @param {string} root
 * @param {string} sitePath
 */
function fileFor(root, sitePath) {
	const abs = path.join(root, path.normalize(sitePath));
	if (!abs.startsWith(root)) return null;
	const tries = sitePath.endsWith('/')
		? [path.join(abs, 'index.html')]
		: [abs, abs + '.html', path.join(abs, 'index.html')];
	return tries.find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

/**
 * Checks every internal link in the built site at `dir`.
 * @param {string} dir the build folder
 * @param {{ base?: string }} [options] the base path the site was built with ('' or '/sub')
 * @returns {{ pages: number, links: number, broken: { page: string, link: string, problem: string }[] }}
 */
export function checkLinks(dir, { base = '' } = {}) {
	const root = path.resolve(dir);
	base = base.replace(/\/$/, '');
	const origin = 'http://site.invalid';
	/** @type {Map<string, Set<string>>} */
	const idCache = new Map();
	/** @param {string} file */
	const idsOf = (file) => {
		let ids = idCache.get(file);
		if (!ids) idCache.set(file, (ids = anchors(fs.readFileSync(file, 'utf8'))));
		return ids;
	};
	/** @type {{ page: string, link: string, problem: string }[]} */
	const broken = [];
	let links = 0;
	const pages = walk(root);
	for (const file of pages) {
		const page = path.relative(root, file).split(path.sep).join('/');
		const html = fs.readFileSync(file, 'utf8');
		const here = new URL(addressOf(root, file, base), origin);
		for (const { name, value } of attributes(html, ['href', 'src'])) {
			const link = value.trim();
			if (!link || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(link) || link.startsWith('//')) continue;
			links++;
			const url = new URL(link, here);
			let sitePath;
			try {
				sitePath = decodeURIComponent(url.pathname);
			} catch {
				broken.push({ page, link, problem: 'the path is not valid percent-encoding' });
				continue;
			}
			if (base && sitePath !== base && !sitePath.startsWith(base + '/')) {
				broken.push({ page, link, problem: `leads outside the base path ${base}` });
				continue;
			}
			const target = fileFor(root, sitePath.slice(base.length) || '/');
			if (!target) {
				broken.push({ page, link, problem: `no file for ${url.pathname} (${name})` });
				continue;
			}
			const fragment = url.hash.slice(1);
			if (!fragment || name !== 'href') continue;
			if (!target.endsWith('.html')) continue;
			let id = fragment;
			try {
				id = decodeURIComponent(fragment);
			} catch {
				/* compare it as written */
			}
			if (!idsOf(target).has(id))
				broken.push({
					page,
					link,
					problem: `no element with id "${id}" on ${path.relative(root, target).split(path.sep).join('/')}`
				});
		}
	}
	return { pages: pages.length, links, broken };
}

// As a command: check the build and say what is broken.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
	if (!fs.existsSync(dir)) {
		console.error(`check-links: ${dir}/ does not exist: run npm run build first`);
		process.exit(2);
	}
	const { pages, links, broken } = checkLinks(dir, { base: process.env.BASE_PATH ?? '' });
	if (broken.length) {
		console.error(`check-links: ${broken.length} broken link(s) in ${dir}/:`);
		for (const b of broken) console.error(`  ${b.page}: ${b.link} -> ${b.problem}`);
		process.exit(1);
	}
	console.log(`check-links: ${links} internal links in ${pages} pages, all resolve`);
}
