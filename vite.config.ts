import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentDir } from './scripts/content-dir.mjs';
import { storyContent } from './scripts/vite-content.ts';
import { kitLinkScan } from './scripts/vite-kit-link-scan.ts';

export default defineConfig({
	// The story comes from CONTENT_DIR (default data/): see scripts/vite-content.ts.
	// kitLinkScan: SvelteKit's first scan of the links waits for the next task (see the file).
	plugins: [storyContent(contentDir()), kitLinkScan(), sveltekit()],
	// Rolldown's report of slow plugin callbacks is noise in every build log (SvelteKit's prerender
	// is one long callback by design): a failing build should show its error, not timings.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		// Unit tests sit beside their modules and run on the fixture story where they need one;
		// tests/story-facts/ checks this story's own content and basemap. Browser tests live in
		// tests/*.e2e.ts (Playwright).
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'tests/**/*.spec.ts'],
		environment: 'node'
	}
});
