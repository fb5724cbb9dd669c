import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// TEST_PORT lets two checkouts test side by side.
const port = Number(process.env.TEST_PORT ?? 4173);
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
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		// The tests run against the prerendered build, served the way a plain static host serves it.
		command: `npm run build && node scripts/serve.mjs --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		// Always a fresh build: a stale server must never pass the tests.
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
