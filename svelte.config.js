import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files that any static host serves.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: {
			// Hosting under a sub-path (e.g. GitHub Pages): BASE_PATH=/albania-story npm run build
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: false
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
