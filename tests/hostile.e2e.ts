/**
 * Hostile addresses: whatever a link puts in the path, the query or the #fragment, the site shows
 * the story, a place or its 404 page, runs nothing from the address, and keeps working.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, liveMap, loadContent } from './helpers';

const content = loadContent();

type Expect = 'story' | 'place' | 'chapter' | '404';

/** Each address, written as a link would hold it, and what the reader should get. */
const addresses: [string, Expect | Expect[]][] = [
	['/#<img src=x onerror=alert(1)>', 'story'],
	['/#"><img src=x onerror=window.__pwned=1>', 'story'],
	['/#%3Cscript%3Ealert(1)%3C/script%3E', 'story'],
	['/#javascript:alert(1)', 'story'],
	['/#../../etc/passwd', 'story'],
	['/#' + 'a'.repeat(5000), 'story'],
	['/#ports%00', 'story'],
	['/#%', 'story'],
	['/#constructor', 'story'],
	['/?q=<script>alert(1)</script>', 'story'],
	['/?<img src=x onerror=alert(1)>', 'story'],
	['/places/%3Cscript%3E', '404'],
	['/places/..%2F..%2Fetc%2Fpasswd', '404'],
	['/places/atlantis', '404'],
	['/places/DURRES', '404'],
	['/%E0%A4%A', '404'],
	['/places/durres?x=%00', 'place'],
	['/places/durres#<img src=x onerror=alert(1)>', 'place'],
	['/chapters/ports#javascript:alert(1)', 'chapter'],
	['/chapters/<script>alert(1)</script>', '404'],
	['/present/<svg onload=alert(1)>', '404'],
	// the path //example.com/ on this site, not the other site (a static host serves the story)
	['//example.com/', ['story', '404']],
	['/places/durres/../../', 'story']
];

async function looksRight(page: Page, kind: Expect) {
	const h1 = page.locator('h1');
	if (kind === 'story') await expect(h1).toHaveText(content.story.title);
	if (kind === 'place') await expect(h1).toHaveText('Durrës');
	if (kind === 'chapter')
		await expect(h1).toHaveText(content.chapters.find((c) => c.id === 'ports')!.title);
	if (kind === '404') {
		await expect(h1).toHaveText('This page is not part of the story');
		await expect(page.getByRole('link', { name: /back to the beginning/i })).toHaveAttribute(
			'href',
			'/'
		);
	}
}

test.use({ reducedMotion: 'reduce' });

test.describe('a hostile address', () => {
	for (const [path, expected] of addresses) {
		const name = path.length > 60 ? `${path.slice(0, 40)}… (${path.length} characters)` : path;
		test(`${name} shows ${[expected].flat().join(' or ')} and runs nothing`, async ({
			page,
			baseURL
		}) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(`${d.type()}: ${d.message()}`);
				void d.dismiss();
			});
			const problems = collectErrors(page);
			// Joined by hand: page.goto would take //example.com/ for another site.
			const response = await page.goto(`${baseURL}${path}`);
			expect(response, 'the page loads').not.toBeNull();
			// Let the page hydrate, the map load and the address settle.
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);

			const kinds = [expected].flat();
			const title = await page.locator('h1').first().textContent();
			const kind = kinds.find((k) =>
				k === 'story'
					? title === content.story.title
					: k === '404'
						? title === 'This page is not part of the story'
						: true
			);
			expect(kind, `"${title}" is one of ${kinds.join(', ')}`).toBeDefined();
			await looksRight(page, kind!);
			if (kind === '404') expect(response!.status()).toBe(404);
			else expect(response!.status()).toBe(200);

			expect(dialogs, 'no dialog opens').toEqual([]);
			expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
			await expect(page.locator('img[src="x"], img[src*="x"][onerror]')).toHaveCount(0);
			await expect(page.locator('[onerror], [onload], svg[onload]')).toHaveCount(0);
			const scripts = await page
				.locator('script')
				.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
			expect(scripts.filter((s) => /alert\(|__pwned/.test(s))).toEqual([]);
			expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
			expect(problems.page, 'no page error').toEqual([]);

			if (kind === 'story') {
				// Whatever the fragment was, the scroller and the map still follow the reader.
				await liveMap(page);
				await page.evaluate(() => document.getElementById('ports')!.scrollIntoView());
				await expect(page.locator('#ports')).toHaveClass(/active/);
				await expect(page.locator('.story-pin[data-slug="durres"]')).toHaveClass(/is-active/);
				await expect(page).toHaveURL(/#ports$/);
			}
			expect(dialogs).toEqual([]);
			expect(problems.page).toEqual([]);
		});
	}
});
