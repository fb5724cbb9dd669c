// Addresses with a trailing slash (/places/durres/), as people type them and as some hosts add
// them. A plain static host (GitHub Pages, nginx) serves /places/durres/ only from
// places/durres/index.html, and the build writes places/durres.html. So after the build, every
// prerendered page is copied to <path>/index.html, with a canonical link to the address without
// the slash (added where the page has none), so search engines count one page, not two.
//
// A copy rather than a redirect: a host that itself sends /places/durres to /places/durres/
// (nginx does, for a folder such as places/durres/ that holds the page's data) would otherwise
// bounce the reader between the two for ever. Links in the pages are absolute (paths.relative is
// false), so they lead to the same places from either address.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the copy of a prerendered page goes, or null for a page that needs none: the root
 * (index.html), any other index.html, and 404.html (a host serves it for any unknown address).
 * @param {string} file the page's file, relative to the build folder (places/durres.html)
 * @returns {string | null} places/durres/index.html
 */
export function slashCopyPath(file) {
	const rel = file.split(path.sep).join('/');
	if (!rel.endsWith('.html')) return null;
	if (rel === 'index.html' || rel.endsWith('/index.html') || rel === '404.html') return null;
	return `${rel.slice(0, -'.html'.length)}/index.html`;
}

/** @param {string} s */
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page with a canonical link to `href` in its head, unless it has one already.
 * @param {string} html
 * @param {string} href an absolute URL
 */
export function withCanonical(html, href) {
	if (/<link\b[^>]*\brel="canonical"/i.test(html)) return html;
	const link = `<link rel="canonical" href="${escapeAttr(href)}">`;
	return html.replace(/<\/head>/i, `${link}</head>`);
}

/**
 * Writes the copies into the build folder.
 * @param {string} dir the build folder
 * @param {Iterable<[string, { file: string }]>} pages kit's prerendered pages: path -> { file }
 * @param {string} origin the site's origin (SITE_ORIGIN), for the canonical links
 * @returns {number} how many copies were written
 */
export function writeSlashCopies(dir, pages, origin) {
	let written = 0;
	for (const [address, { file }] of pages) {
		const copy = slashCopyPath(file);
		if (!copy) continue;
		const target = path.join(dir, copy);
		// a real page at that address wins
		if (fs.existsSync(target)) continue;
		const html = fs.readFileSync(path.join(dir, file), 'utf8');
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, withCanonical(html, origin + address));
		written++;
	}
	return written;
}
