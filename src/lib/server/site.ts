/**
 * Where the site is published, for the addresses that must be absolute: canonical links, link
 * previews (og:image, og:url), the sitemap and robots.txt. Read once, at build time, from
 * SITE_ORIGIN (scheme and host, no path: https://example.github.io). The base path (BASE_PATH)
 * comes from `resolve()`, so an absolute URL is origin + base path + route. Pages get the origin
 * from the layout's data (`data.origin`).
 *
 * The default suits a local build; a deploy must set SITE_ORIGIN, or its previews point here.
 */
const DEFAULT_ORIGIN = 'http://localhost:4173';

/** The site's origin, without a trailing slash; a malformed setting fails the build. */
export const siteOrigin: string = parseOrigin(process.env.SITE_ORIGIN);

/** Whether the build was told where the site is published (else `siteOrigin` is the default). */
export const siteOriginSet: boolean = !!process.env.SITE_ORIGIN?.trim();

/** SITE_ORIGIN as an origin (default when unset), or an error that says what is wrong. */
export function parseOrigin(raw: string | undefined): string {
	const value = raw?.trim() || DEFAULT_ORIGIN;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_ORIGIN must be an origin such as https://example.org, not "${value}"`);
	}
	if (!/^https?:$/.test(url.protocol) || (url.pathname !== '/' && url.pathname !== ''))
		throw new Error(
			`SITE_ORIGIN must be an http(s) origin without a path (put the path in BASE_PATH), not "${value}"`
		);
	return url.origin;
}

/** An absolute URL for a path that already holds the base path (what `resolve()` returns). */
export const absolute = (resolvedPath: string): string => siteOrigin + resolvedPath;
