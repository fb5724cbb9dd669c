/**
 * The site under a sub-path, as on a GitHub Pages project site: playwright.config.ts builds its
 * own copy with BASE_PATH into build-base/ and serves it the way the host would (on TEST_PORT + 2);
 * these tests check that the story, its map data, a place, the previews and every link stay under
 * the path.
 */
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH as BASE } from '../playwright.config';
import { collectErrors, liveMap, loadContent } from './helpers';

const site = `http://127.0.0.1:${Number(process.env.TEST_PORT ?? 4173) + 2}`;
const origin = new URL(process.env.SITE_ORIGIN?.trim() || 'http://localhost:4173').origin;
const content = loadContent();

/** Every href on the page that leads somewhere on this site, as written in the markup. */
const internalLinks = (page: Page) =>
	page.locator('a[href]').evaluateAll((as) =>
		as
			.map((a) => a.getAttribute('href')!)
			.filter((h) => !/^[a-z][a-z0-9+.-]*:/i.test(h) || h.startsWith(location.origin))
			.map((h) => h.replace(location.origin, ''))
	);

test.use({ reducedMotion: 'reduce' });

test('the story renders under the base path, with its map and basemap', async ({ page }) => {
	const problems = collectErrors(page, site);
	const basemap: { url: string; status: number }[] = [];
	page.on('response', (r) => {
		if (r.url().includes('/basemap/')) basemap.push({ url: r.url(), status: r.status() });
	});
	await page.goto(`${site}${BASE}/`);
	await expect(page.locator('h1')).toHaveText(content.story.title);
	await liveMap(page);
	expect(basemap.length).toBeGreaterThan(0);
	for (const b of basemap) {
		expect(b.url).toMatch(new RegExp(`^${site}${BASE}/basemap/[\\w-]+\\.json$`));
		expect(b.status, b.url).toBe(200);
	}
	await expect(page.locator('.story-pin')).toHaveCount(content.places.length);
	expect(await page.locator('head meta[property="og:image"]').getAttribute('content')).toBe(
		`${origin}${BASE}/og/story.png`
	);
	expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(
		`${origin}${BASE}/`
	);
	expect(problems.all()).toEqual([]);
});

test('every internal link on the story starts with the base path', async ({ page }) => {
	await page.goto(`${site}${BASE}/`);
	await liveMap(page);
	const links = await internalLinks(page);
	expect(links.length).toBeGreaterThan(20);
	const outside = links.filter((h) => !h.startsWith('#') && !h.startsWith(`${BASE}/`));
	expect(outside).toEqual([]);
	// the share button and the embed code speak of addresses under the path too
	const embed = await page.locator('#ports textarea[aria-label^="Embed code"]').inputValue();
	expect(embed).toContain(`src="${origin}${BASE}/#ports"`);
});

test('a place page works under the base path', async ({ page }) => {
	const problems = collectErrors(page, site);
	await page.goto(`${site}${BASE}/places/durres`);
	await expect(page.locator('h1')).toHaveText('Durrës');
	await liveMap(page);
	await expect(page.locator('.story-pin[data-slug="durres"]')).toHaveClass(/is-active/);
	expect(await page.locator('head meta[property="og:image"]').getAttribute('content')).toBe(
		`${origin}${BASE}/og/places/durres.png`
	);
	const outside = (await internalLinks(page)).filter(
		(h) => !h.startsWith('#') && !h.startsWith(`${BASE}/`)
	);
	expect(outside).toEqual([]);
	const png = await page.request.get(`${site}${BASE}/og/places/durres.png`);
	expect(png.status()).toBe(200);
	// a pin leads into the story, still under the path
	await page.locator('.story-pin[data-slug="porto-romano"]').dispatchEvent('click');
	await expect(page).toHaveURL(`${site}${BASE}/places/porto-romano`);
	expect(problems.all()).toEqual([]);
});

test('a page opens with a trailing slash under the base path too', async ({ page }) => {
	await page.goto(`${site}${BASE}/places/durres/`);
	await expect(page.locator('h1')).toHaveText('Durrës');
	expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(
		`${origin}${BASE}/places/durres`
	);
	await page.goto(`${site}${BASE}/present/`);
	await expect(page.locator('h1')).toHaveText('Presentation');
	await page.getByRole('link', { name: 'Start the presentation' }).click();
	await expect(page).toHaveURL(`${site}${BASE}/present/${content.chapters[0]!.id}`);
});

test('a chapter page, the sitemap and robots.txt give addresses under the base path', async ({
	page
}) => {
	await page.goto(`${site}${BASE}/chapters/ports`);
	await expect(page.getByRole('link', { name: /read it in the story/i })).toHaveAttribute(
		'href',
		`${BASE}/#ports`
	);
	expect(await page.locator('head meta[property="og:image"]').getAttribute('content')).toBe(
		`${origin}${BASE}/og/chapters/ports.png`
	);
	const xml = await (await page.request.get(`${site}${BASE}/sitemap.xml`)).text();
	expect(xml).toContain(`<loc>${origin}${BASE}/places/durres</loc>`);
	expect(xml).toContain(`<loc>${origin}${BASE}/chapters/ports</loc>`);
	const robots = await (await page.request.get(`${site}${BASE}/robots.txt`)).text();
	expect(robots).toContain(`Sitemap: ${origin}${BASE}/sitemap.xml`);
});

test('an unknown place is the 404 page, with its links under the base path', async ({ page }) => {
	const res = await page.goto(`${site}${BASE}/places/atlantis`);
	expect(res?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('This page is not part of the story');
	const links = await internalLinks(page);
	expect(links).toContain(`${BASE}/`);
	expect(links).toContain(`${BASE}/places/durres`);
	expect(links.filter((h) => !h.startsWith('#') && !h.startsWith(`${BASE}/`))).toEqual([]);
	await page.getByRole('link', { name: 'Durrës' }).first().click();
	await expect(page).toHaveURL(`${site}${BASE}/places/durres`);
	await expect(page.locator('h1')).toHaveText('Durrës');
});
