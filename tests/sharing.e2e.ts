/**
 * Deep links and sharing, as a reader meets them: every place's page opens its map on the place,
 * chapters have pages of their own that preview right in chats, Share copies the right address,
 * the sitemap lists every page, and the story still works inside someone else's iframe.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	collectErrors,
	fitsTheScreen,
	liveMap,
	loadContent,
	pinInView,
	shot,
	squash
} from './helpers';

const content = loadContent();
/** Where the build says the site lives: SITE_ORIGIN, as src/lib/server/site.ts reads it. */
const origin = new URL(process.env.SITE_ORIGIN?.trim() || 'http://localhost:4173').origin;
const placeUrl = (slug: string) => `${origin}/places/${slug}`;
const chapterUrl = (id: string) => `${origin}/chapters/${id}`;

const meta = (page: Page, property: string) =>
	page.locator(`head meta[property="${property}"]`).getAttribute('content');
const canonical = (page: Page) => page.locator('head link[rel="canonical"]').getAttribute('href');

/** A place far from this one: Tehran for places in the Balkans, Tirana for anywhere else. */
function farFrom(p: { lat: number; lng: number }): string {
	const balkan = p.lat > 39 && p.lat < 47 && p.lng > 13 && p.lng < 24;
	return balkan ? 'tehran' : 'tirana';
}

test.use({ reducedMotion: 'reduce' });

test.describe('a place page', () => {
	for (const p of content.places) {
		test(`${p.slug}: opens the map on the place, lists its quotes and previews as itself`, async ({
			page
		}) => {
			const problems = collectErrors(page);
			await page.goto(`/places/${p.slug}`);
			await expect(page.locator('h1')).toHaveText(p.name);
			await liveMap(page);
			const pin = page.locator(`.story-pin[data-slug="${p.slug}"]`);
			await expect(pin).toHaveClass(/is-active/);
			await expect(page.locator('.story-pin.is-active')).toHaveCount(1);
			expect(await pinInView(page, p.slug), `${p.slug} is in view`).toBe(true);
			const far = farFrom(p);
			expect(await pinInView(page, far), `${far} is out of view`).toBe(false);

			const quotes = content.quotes.filter((q) => q.places.includes(p.slug));
			await expect(page.locator('figure.quote')).toHaveCount(quotes.length);
			for (const q of quotes)
				expect(squash(await page.locator(`#quote-${q.id} blockquote`).textContent())).toBe(
					squash(q.text)
				);

			expect(await canonical(page)).toBe(placeUrl(p.slug));
			expect(await meta(page, 'og:url')).toBe(placeUrl(p.slug));
			expect(await meta(page, 'og:image')).toBe(`${origin}/og/places/${p.slug}.png`);
			expect(await meta(page, 'og:image:width')).toBe('1200');
			expect(await meta(page, 'og:image:height')).toBe('630');
			await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute(
				'content',
				'summary_large_image'
			);
			expect(problems.all()).toEqual([]);
		});
	}

	test('its preview image is a 1200×630 PNG', async ({ request }) => {
		const res = await request.get('/og/places/durres.png');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('image/png');
		const png = await res.body();
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(png.readUInt32BE(20)).toBe(630);
	});

	test('a pin leads into the story, or to the other place', async ({ page }) => {
		await page.goto('/places/porto-romano');
		await liveMap(page);
		// Porto Romano is in one chapter: its pin goes straight to it
		await page.locator('.story-pin[data-slug="porto-romano"]').dispatchEvent('click');
		await expect(page).toHaveURL(/\/#ports$/);
		await expect(page.locator('#ports')).toBeInViewport();

		await page.goto('/places/porto-romano');
		await liveMap(page);
		await page.locator('.story-pin[data-slug="durres"]').dispatchEvent('click');
		await expect(page).toHaveURL(/\/places\/durres$/);
		await expect(page.locator('h1')).toHaveText('Durrës');
		// a place page's map is a picture until the reader's first move
		await liveMap(page);
		await expect(page.locator('.story-pin[data-slug="durres"]')).toHaveClass(/is-active/);
	});

	test('reads without JavaScript: a note where the map would be, all the text', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/places/durres');
		await expect(page.locator('h1')).toHaveText('Durrës');
		// (Playwright's text search skips <noscript>: find the note by its class.)
		await expect(page.locator('.map-box .noscript')).toBeVisible();
		await expect(page.locator('.map-box .noscript')).toHaveText(
			'The map needs JavaScript; everything about Durrës is on this page.'
		);
		await expect(page.getByRole('region', { name: 'Map of Durrës' })).toBeAttached();
		const quotes = content.quotes.filter((q) => q.places.includes('durres'));
		await expect(page.locator('figure.quote')).toHaveCount(quotes.length);
		await expect(page.getByRole('button', { name: /share/i })).toHaveCount(0);
		await context.close();
	});

	for (const viewport of [
		{ name: 'desktop', width: 1280, height: 800 },
		{ name: 'phone', width: 390, height: 844 }
	])
		test(`fits a ${viewport.name}, the place's pin on its live map`, async ({ page }) => {
			await page.setViewportSize(viewport);
			for (const slug of ['durres', 'kosovo', 'tehran']) {
				await page.goto(`/places/${slug}`);
				await liveMap(page);
				await expect(page.locator(`.story-pin[data-slug="${slug}"]`)).toBeInViewport();
				await fitsTheScreen(page);
				await shot(page, `place-${slug}-${viewport.name}`);
			}
		});
});

test.describe('a chapter page', () => {
	test('shows the chapter, its quotes and the way into the story', async ({ page }) => {
		const problems = collectErrors(page);
		const ch = content.chapters.find((c) => c.id === 'ports')!;
		await page.goto('/chapters/ports');
		await expect(page.locator('h1')).toHaveText(ch.title);
		await expect(page.getByText(squash(ch.summary))).toBeVisible();
		await expect(page.locator('figure.quote')).toHaveCount(ch.quotes.length);
		expect(await canonical(page)).toBe(chapterUrl('ports'));
		expect(await meta(page, 'og:url')).toBe(chapterUrl('ports'));
		expect(await meta(page, 'og:image')).toBe(`${origin}/og/chapters/ports.png`);
		expect(await meta(page, 'og:title')).toContain(ch.title);
		const read = page.getByRole('link', { name: /read it in the story/i });
		await expect(read).toHaveAttribute('href', '/#ports');
		await read.click();
		await expect(page).toHaveURL(/\/#ports$/);
		await expect(page.locator('#ports')).toBeInViewport();
		expect(problems.all()).toEqual([]);
	});

	test('every chapter has one', async ({ request }) => {
		for (const ch of content.chapters) {
			const res = await request.get(`/chapters/${ch.id}`);
			expect(res.status(), ch.id).toBe(200);
			expect(await res.text()).toContain(`<link rel="canonical" href="${chapterUrl(ch.id)}"`);
		}
	});

	for (const viewport of [
		{ name: 'desktop', width: 1280, height: 800 },
		{ name: 'phone', width: 390, height: 844 }
	])
		test(`fits a ${viewport.name}, with its Share button`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto('/chapters/neighbours');
			await expect(page.getByRole('button', { name: /share/i })).toBeVisible();
			await fitsTheScreen(page);
			await shot(page, `chapter-neighbours-${viewport.name}`, { fullPage: true });
		});
});

test.describe('sharing a chapter', () => {
	test.beforeEach(async ({ page, context, baseURL }) => {
		// The fallback: a browser without a share sheet, which lets the page use the clipboard.
		await page.addInitScript(() => {
			delete (Navigator.prototype as { share?: unknown }).share;
			delete (navigator as { share?: unknown }).share;
		});
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	});

	test('copies the chapter page’s address and says so', async ({ page }) => {
		await page.goto('/chapters/ports');
		const expected = await canonical(page);
		expect(expected).toBe(chapterUrl('ports'));
		await page.goto('/');
		await liveMap(page);
		expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
		const chapter = page.locator('#ports');
		await chapter.scrollIntoViewIfNeeded();
		await chapter.getByRole('button', { name: /^share/i }).click();
		await expect(chapter.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
	});

	test('shows the address to copy by hand when the clipboard is refused', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await page.goto('/places/kosovo');
		await page.getByRole('button', { name: /^share/i }).click();
		const box = page.getByRole('textbox', { name: 'Link to Kosovo' });
		await expect(box).toHaveValue(placeUrl('kosovo'));
		await expect(box).toBeFocused();
		expect(
			await box.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)
		).toBe(placeUrl('kosovo').length);
	});

	test('offers embed code holding an iframe of the story at the chapter', async ({ page }) => {
		await page.goto('/');
		const chapter = page.locator('#ports');
		// as a reader gets there: its tools come as the chapter comes near
		await chapter.scrollIntoViewIfNeeded();
		await chapter.locator('summary', { hasText: 'Embed' }).click();
		const code = await chapter.getByRole('textbox', { name: /embed code/i }).inputValue();
		expect(code).toMatch(
			new RegExp(`^<iframe src="${origin.replace(/\./g, '\\.')}/#ports" title="[^"<>]+"`)
		);
		expect(code).toContain('loading="lazy"></iframe>');
		await page.goto('/places/durres');
		await page.locator('summary', { hasText: 'Embed' }).click();
		await expect(page.getByRole('textbox', { name: /embed code/i })).toHaveValue(
			new RegExp(`<iframe src="${placeUrl('durres').replace(/\./g, '\\.')}"`)
		);
	});
});

test.describe('deep links', () => {
	test('/#<chapter> lands on that chapter, with the map on it', async ({ page }) => {
		const problems = collectErrors(page);
		await page.goto('/#ties-cut');
		await expect(page.locator('#ties-cut')).toBeInViewport();
		await expect(page.locator('#ties-cut')).toHaveClass(/active/);
		await expect(page).toHaveURL(/#ties-cut$/);
		expect(problems.all()).toEqual([]);
	});

	test('open inside an iframe on another site: nothing forbids framing', async ({
		page,
		baseURL
	}) => {
		const res = await page.request.get('/');
		expect(res.headers()['x-frame-options']).toBeUndefined();
		await page.setContent(
			`<iframe src="${baseURL}/#ports" title="Embedded story" width="1200" height="700" style="border:0"></iframe>`
		);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('.story-map [data-ready]')).toBeVisible();
		await expect(frame.locator('#ports')).toBeInViewport();
		await page.setContent(
			`<iframe src="${baseURL}/places/tehran" title="Embedded place" width="900" height="700"></iframe>`
		);
		const place = page.frameLocator('iframe');
		await expect(place.locator('h1')).toHaveText('Tehran');
		// its map is a picture until the reader's first move: point at the map's corner
		const map = place.locator('.story-map').first();
		await expect(map).toHaveAttribute('data-map', 'picture');
		await map.hover({ position: { x: 4, y: 4 } });
		await expect(place.locator('.story-pin[data-slug="tehran"]')).toHaveClass(/is-active/);
	});

	test('in an iframe on another site, the map follows the chapter in view', async ({
		page,
		baseURL
	}) => {
		// In a cross-origin iframe the browser ignores an IntersectionObserver's rootMargin when
		// its root is the implicit viewport: Scroller.svelte observes with root: document.
		await page.setContent(
			`<iframe src="${baseURL}/#ports" title="Embedded story" width="1200" height="700" style="border:0"></iframe>`
		);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('.story-map [data-ready]')).toBeVisible();
		await expect(frame.locator('#ports')).toHaveClass(/active/, { timeout: 3000 });
		await expect(frame.locator('.story-pin[data-slug="durres"]')).toHaveClass(/is-active/);
	});

	test('an unknown address answers 404 with the story’s own page', async ({ page }) => {
		const res = await page.goto('/places/atlantis');
		expect(res?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('This page is not part of the story');
		const chapter = await page.goto('/chapters/no-such-chapter');
		expect(chapter?.status()).toBe(404);
	});
});

test.describe('for search engines', () => {
	test('the sitemap lists every page, place, chapter and document, as absolute addresses', async ({
		request
	}) => {
		const res = await request.get('/sitemap.xml');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('xml');
		const xml = await res.text();
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		for (const p of content.places) expect(locs).toContain(placeUrl(p.slug));
		for (const c of content.chapters) expect(locs).toContain(chapterUrl(c.id));
		for (const path of ['/', '/places', '/timeline', '/sources'])
			expect(locs).toContain(origin + path);
		for (const s of content.sources) expect(locs).toContain(`${origin}/sources/${s.id}`);
		expect(locs).toHaveLength(
			4 + content.places.length + content.chapters.length + content.sources.length
		);
	});

	test('robots.txt points to the sitemap', async ({ request }) => {
		const text = await (await request.get('/robots.txt')).text();
		expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`);
	});

	test('the story and the index pages preview with the story image', async ({ page }) => {
		for (const path of ['/', '/places', '/sources', '/timeline']) {
			await page.goto(path);
			expect(await canonical(page), path).toBe(origin + path);
			expect(await meta(page, 'og:image'), path).toBe(`${origin}/og/story.png`);
			expect(await meta(page, 'og:site_name'), path).toBe(content.story.title);
		}
	});
});
