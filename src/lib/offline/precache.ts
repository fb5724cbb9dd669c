/**
 * What the service worker saves when it installs: what reading the story offline needs, no more.
 * A reader on a phone pays for all of it in the background of a first visit, so the rest of the
 * site (the presenter view, the chapter pages, the timeline, the sources, the handout and its
 * print maps, the link previews, the data SvelteKit loads between pages) is saved once visited.
 *
 * Saved at install: the built code, the static files, the basemap, the story, the places, the
 * slides (which step from one to the next with no data to load), the pictures of the map these
 * pages show first, and the offline page.
 */

export interface BuildManifest {
	/** The site's base path ('' at the root). */
	base: string;
	/** Built assets: code and styles, hashed (`$service-worker`'s `build`). */
	build: readonly string[];
	/** Static files (`files`). */
	files: readonly string[];
	/** Prerendered pages and files (`prerendered`). */
	prerendered: readonly string[];
}

/**
 * Addresses within the site (after the base path) that reading offline needs. A page's address
 * has no dot (the prerendered list also holds files such as `__data.json`).
 */
const WANTED: readonly RegExp[] = [
	/^\/$/,
	/^\/offline$/,
	/^\/places$/,
	/^\/places\/[^/.]+$/,
	/^\/present$/,
	/^\/present\/[^/.]+$/,
	/^\/maps\/(views\/.+|overview)\.svg$/,
	/^\/basemap\/.+\.json$/
];

function within(base: string, path: string): string | null {
	if (!path.startsWith(base)) return null;
	return path.slice(base.length) || '/';
}

/** Every address to save at install, in a stable order. */
export function precacheList(m: BuildManifest): string[] {
	const pages: string[] = [];
	for (const path of m.prerendered) {
		const own = within(m.base, path);
		if (own === null || !WANTED.some((re) => re.test(own))) continue;
		pages.push(path);
	}
	return [...m.build, ...m.files, ...pages];
}

/**
 * The file name of the build's start-up script (hashed, so it names this build): a page that
 * names it belongs to this build. Only the name, as pages may name it by a relative path.
 */
export function startScript(build: readonly string[]): string | null {
	const path = build.find((p) => /\/entry\/start\.[^/]+\.js$/.test(p));
	return path ? path.slice(path.lastIndexOf('/') + 1) : null;
}
