import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { writeSlashCopies } from './scripts/slash-copies.mjs';
import { buildDir as buildDirFor, isDefaultContent } from './scripts/content-dir.mjs';

// build/ for the story in data/, build-<name>/ for another CONTENT_DIR, or BUILD_DIR.
const buildDir = buildDirFor();
const staticAdapter = adapter({
	pages: buildDir,
	assets: buildDir,
	fallback: undefined,
	strict: true
});

/**
 * adapter-static, then a copy of every page at its address with a trailing slash
 * (places/durres/index.html for /places/durres/): see scripts/slash-copies.mjs.
 * @type {import('@sveltejs/kit').Adapter}
 */
const staticWithSlashes = {
	...staticAdapter,
	name: 'adapter-static, with trailing-slash copies',
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		// SITE_ORIGIN was checked while prerendering (src/lib/server/site.ts)
		const origin = new URL(process.env.SITE_ORIGIN?.trim() || 'http://localhost:4173').origin;
		const n = writeSlashCopies(buildDir, builder.prerendered.pages, origin);
		builder.log.minor(`Wrote ${n} copies of pages at their addresses with a trailing slash`);
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files that any static host serves.
		// BUILD_DIR puts a second build beside the first (tests/base-path.e2e.ts builds under a base path).
		adapter: staticWithSlashes,
		// Another story builds in its own working folder, so two builds never share one.
		outDir: isDefaultContent() ? '.svelte-kit' : `.svelte-kit-${buildDir}`,
		paths: {
			// Hosting under a sub-path (e.g. GitHub Pages): BASE_PATH=/albania-story npm run build
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: false
		},
		// Content Security Policy: prerendered pages carry it as a <meta http-equiv> tag, with the
		// hashes of kit's own inline scripts added at build time. Everything comes from the site
		// itself; frame-ancestors cannot be set by a meta tag (set it on the host if it allows).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Stylesheets only from the site. Leaflet and Svelte set element.style through the
				// CSSOM, which CSP allows. The only style attributes written as HTML are allowed by
				// their hashes, never by 'unsafe-inline': app.html's wrapper ("display: contents")
				// and SvelteKit's route announcer (its fixed visually-hidden style). A new one shows
				// up as a CSP violation in tests/security.e2e.ts.
				'style-src': ['self'],
				'style-src-attr': [
					'unsafe-hashes',
					'sha256-tcbDxjMo+xKqM21aCGYbs/QAJqB7yUXC06oPWDapBgc=',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// A broken internal link or a missing #fragment fails the build instead of shipping.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
