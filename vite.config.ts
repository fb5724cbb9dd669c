import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentDir } from './scripts/content-dir.mjs';
import { storyContent } from './scripts/vite-content.ts';

export default defineConfig({
	// The story comes from CONTENT_DIR (default data/): see scripts/vite-content.ts.
	plugins: [storyContent(contentDir()), sveltekit()],
	test: {
		// Unit tests sit beside their modules and run on the fixture story where they need one;
		// tests/story-facts/ checks this story's own content and basemap. Browser tests live in
		// tests/*.e2e.ts (Playwright).
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'tests/**/*.spec.ts'],
		environment: 'node'
	}
});
