/**
 * Addresses as people type them and as hosts rewrite them: every kind of page opens with and
 * without a trailing slash (/places/durres and /places/durres/), on the plain static host
 * (scripts/serve.mjs serves /x/ only from x/index.html, as GitHub Pages does); the copy at the
 * slash names the address without it as canonical; and /present is a real page with no script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { collectErrors, loadContent } from './helpers';

const content = loadContent();
const root = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(root, process.env.BUILD_DIR || 'build');
const chapter = content.chapters[1]!;
const place = content.places.find((p) => p.slug === 'durres')!;
const first = [...content.chapters].sort((a, b) => a.order - b.order)[0]!;

/** Every kind of page: its address without the slash, and the heading its reader sees. */
const pages: [string, string][] = [
	['/places', 'Places'],
	[`/places/${place.slug}`, place.name],
	[`/chapters/${chapter.id}`, chapter.title],
	['/sources', 'Sources'],
	['/timeline', 'Timeline'],
	['/present', 'Presentation'],
	[`/present/${chapter.id}`, chapter.title],
	[`/present/${chapter.id}/presenter`, chapter.title],
	['/handout', content.story.title]
];

test.describe('a trailing slash', () => {
	test('the story opens at / and at /index.html', async ({ page }) => {
		for (const address of ['/', '/index.html']) {
			expect((await page.goto(address))?.status(), address).toBe(200);
			await expect(page.locator('h1')).toHaveText(content.story.title);
		}
	});

	for (const [address, heading] of pages) {
		test(`${address} opens with and without it`, async ({ page }) => {
			const problems = collectErrors(page);
			for (const at of [address, `${address}/`]) {
				const res = await page.goto(at);
				expect(res?.status(), at).toBe(200);
				// the reader stays where they asked to be, and sees the page
				expect(new URL(page.url()).pathname).toBe(at);
				await expect(page.locator('h1'), at).toHaveText(heading);
			}
			// search engines are told the address without the slash is the page
			await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
				'href',
				new RegExp(`^https?://[^/]+${address}$`)
			);
			expect(problems.all(), problems.all().join('\n')).toEqual([]);
		});
	}

	test('from a page at a slash address, its links lead on as from the page itself', async ({
		page
	}) => {
		const problems = collectErrors(page);
		await page.goto(`/places/${place.slug}/`);
		await expect(page.locator('h1')).toHaveText(place.name);
		await page.locator('header.site').getByRole('link', { name: 'Timeline' }).click();
		await expect(page).toHaveURL(/\/timeline$/);
		await expect(page.locator('h1')).toHaveText('Timeline');
		expect(problems.all(), problems.all().join('\n')).toEqual([]);
	});

	test('an unknown address is the 404 page with a slash too', async ({ page }) => {
		for (const at of ['/places/atlantis', '/places/atlantis/', '/nowhere/']) {
			const res = await page.goto(at);
			expect(res?.status(), at).toBe(404);
			await expect(page.locator('h1'), at).toHaveText('This page is not part of the story');
		}
	});
});

test.describe('/present', () => {
	test('is a page with the site’s policy and no script at all', () => {
		for (const file of ['present.html', 'present/index.html']) {
			const html = fs.readFileSync(path.join(buildDir, file), 'utf8');
			expect(html, file).toMatch(/<meta http-equiv="content-security-policy"/);
			expect(html, file).not.toMatch(/<script\b/i);
			expect(html, file).not.toMatch(/http-equiv="refresh"/i);
		}
	});

	test('leads to the slides, without JavaScript too', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto('/present/');
			await expect(page.locator('h1')).toHaveText('Presentation');
			await page.getByRole('link', { name: 'Start the presentation' }).click();
			await expect(page).toHaveURL(new RegExp(`/present/${first.id}$`));
			await expect(page.locator('h1')).toHaveText(first.title);
		} finally {
			await context.close();
		}
	});
});

test.describe('on GitHub Pages', () => {
	// Pages runs Jekyll on a site without a .nojekyll, and Jekyll drops every folder starting with
	// "_": the site's code in _app/ would be gone and no page would start its map.
	test('the build ships a .nojekyll beside the _app folder it protects', async ({ request }) => {
		expect(fs.existsSync(path.join(buildDir, '_app'))).toBe(true);
		expect(fs.statSync(path.join(buildDir, '.nojekyll')).isFile()).toBe(true);
		const home = await (await request.get('/')).text();
		expect(home).toMatch(/\/_app\//);
	});
});
