// Where the browser for the tests is: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download. Shared by ensure-chromium.mjs and playwright.config.ts.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const c of candidates) if (c && fs.existsSync(c)) return c;
	try {
		const own = chromium.executablePath();
		if (own && fs.existsSync(own)) return own;
	} catch {
		/* Playwright has no browser of its own here */
	}
	return null;
}

/** Flags that keep Chromium quiet on a closed network (no background calls home). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
