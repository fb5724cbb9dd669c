import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// TEST_PORT lets two checkouts test side by side; the fixture story is served on the next port,
// the site under a base path on the one after (tests/base-path.e2e.ts).
const port = Number(process.env.TEST_PORT ?? 4173);
const fixturePort = port + 1;
const basePort = port + 2;
/** The sub-path of the base-path build, as on a GitHub Pages project site. */
export const BASE_PATH = '/albania-story';
/**
 * REUSE_BUILD=1 serves the build/ that is there instead of building again: for CI, which builds
 * once for the tests, the link check, the bench and the quote check (.ci/run). Without it the
 * tests always build first, so a stale build can never pass them.
 */
const reuse = process.env.REUSE_BUILD === '1';
const mainSite = reuse
	? `node scripts/serve.mjs --port ${port}`
	: `npm run build && node scripts/serve.mjs --port ${port}`;
/** The engine's second story (tests/fixtures/): built with CONTENT_DIR into its own folder. */
const FIXTURE = 'tests/fixtures/harbour-parcel';
const FIXTURE_BUILD = 'build-harbour-parcel';
const executablePath = findChromium() ?? undefined;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath, args: chromiumArgs },
		// The service worker saves the whole site on a first visit: in a test about something else
		// that is seconds of traffic to wait out. The suites about it (offline, security) allow it.
		serviceWorkers: 'block',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			testIgnore: 'fixture-story.e2e.ts',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		},
		{
			// Every page type on the fixture story: the engine tells a story it was not written for.
			name: 'fixture-story',
			testMatch: 'fixture-story.e2e.ts',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				baseURL: `http://127.0.0.1:${fixturePort}`
			}
		}
	],
	webServer: [
		{
			// The tests run against the prerendered build, served the way a plain static host serves it.
			command: mainSite,
			url: `http://127.0.0.1:${port}/`,
			// Never a server left from another run: a stale one must never pass the tests.
			reuseExistingServer: false,
			timeout: 240_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: `CONTENT_DIR=${FIXTURE} npm run build && node scripts/serve.mjs --dir ${FIXTURE_BUILD} --port ${fixturePort}`,
			url: `http://127.0.0.1:${fixturePort}/`,
			reuseExistingServer: false,
			timeout: 240_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			// The site under a sub-path: its own build (into build-base/), made once here, not in a
			// test worker. Playwright starts its web servers one after another, so the three builds
			// never share .svelte-kit/ at the same time.
			command: `BASE_PATH=${BASE_PATH} BUILD_DIR=build-base npx vite build && node scripts/serve.mjs --dir build-base --base ${BASE_PATH} --port ${basePort}`,
			url: `http://127.0.0.1:${basePort}${BASE_PATH}/`,
			reuseExistingServer: false,
			timeout: 240_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
