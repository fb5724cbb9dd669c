/**
 * The handout, on screen and on paper: every chapter with its text, quotes and their sources, a
 * map and a short link with a QR code; printed without the site's header and buttons.
 */
import { expect, test, type Page } from '@playwright/test';
import { passageId } from '../src/lib/content/document';
import { collectErrors, loadContent, shot, squash } from './helpers';
import { pageCount, textPerPage } from './pdf';

const content = loadContent();
const quoteById = new Map(content.quotes.map((q) => [q.id, q]));
const placeName = new Map(content.places.map((p) => [p.slug, p.name]));

const display = (el: Element) => getComputedStyle(el).display;

test.describe('the handout', () => {
	test('has every chapter, in order, with its map, quotes and short link', async ({
		page,
		baseURL
	}) => {
		const problems = collectErrors(page);
		await page.goto('/handout');
		const chapters = page.locator('section.chapter');
		await expect(chapters).toHaveCount(content.chapters.length);
		const origin = new URL(baseURL!).origin;
		for (const [i, ch] of content.chapters.entries()) {
			const section = chapters.nth(i);
			await expect(section.locator('h2')).toHaveText(ch.title);
			const map = section.locator('.map img');
			await expect(map).toHaveAttribute('src', `/maps/chapters/${ch.id}.svg`);
			const alt = (await map.getAttribute('alt')) ?? '';
			for (const slug of ch.places) expect(alt).toContain(placeName.get(slug)!);
			expect(
				await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
			).toBe(true);
			const quotes = section.locator('figure.quote');
			await expect(quotes).toHaveCount(ch.quotes.length);
			for (const [j, id] of ch.quotes.entries()) {
				const q = quoteById.get(id)!;
				await expect(quotes.nth(j).locator('blockquote')).toHaveText(q.text);
				await expect(quotes.nth(j).locator('figcaption')).toContainText(q.speaker);
				await expect(quotes.nth(j).locator('cite a')).toHaveAttribute(
					'href',
					`/sources/${q.source}#${passageId(q.text)}`
				);
			}
			// the link as text, with the address the reader's browser reached the site at
			await expect(section.locator('a.url')).toHaveText(`${origin}/#${ch.id}`);
			await expect(section.locator('img.qr')).toHaveAttribute('src', /^data:image\/svg\+xml/);
		}
		await shot(page, 'handout-screen');
		expect(problems.all()).toEqual([]);
	});

	test('its QR codes were drawn at build time, into the page itself', async ({ request }) => {
		const html = await (await request.get('/handout')).text();
		const codes = html.match(/class="qr[^"]*"[^>]*src="data:image\/svg\+xml/g) ?? [];
		const codesSrcFirst = html.match(/src="data:image\/svg\+xml[^"]*"[^>]*class="qr/g) ?? [];
		expect(codes.length + codesSrcFirst.length).toBe(content.chapters.length);
	});

	test('the Print handout button prints', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => (window as unknown as { printed: number }).printed++;
		});
		await page.goto('/handout');
		await page.getByRole('button', { name: 'Print handout' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	});

	test('printed, it shows chapters and quotes with citations, and no header or buttons', async ({
		page
	}) => {
		await page.goto('/handout');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header.site').evaluate(display)).toBe('none');
		expect(await page.locator('nav[aria-label="Site"]').isVisible()).toBe(false);
		for (const button of await page.locator('button').all())
			expect(await button.evaluate(display)).toBe('none');
		await expect(page.locator('section.chapter h2').first()).toBeVisible();
		await expect(page.locator('figure.quote').first()).toBeVisible();
		await expect(page.locator('figure.quote cite').first()).toBeVisible();
		await expect(page.locator('a.url').first()).toBeVisible();
		const look = await page
			.locator('section.chapter')
			.nth(1)
			.evaluate(() => {
				return {
					color: getComputedStyle(document.body).color,
					background: getComputedStyle(document.body).backgroundColor
				};
			});
		expect(look).toEqual({
			color: 'rgb(0, 0, 0)',
			background: 'rgb(255, 255, 255)'
		});
		expect(
			await page
				.locator('figure.quote')
				.first()
				.evaluate((el) => getComputedStyle(el).breakInside)
		).toBe('avoid');
		await shot(page, 'handout-print');
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.locator('section.chapter').nth(6).scrollIntoViewIfNeeded();
		await shot(page, 'handout-print-a4-chapter');
	});
});

test.describe('the handout on paper', () => {
	/** The handout as the browser prints it, every map and code loaded first. */
	async function printed(page: Page, format: 'A4' | 'Letter') {
		await page.goto('/handout');
		await expect(page.locator('section.chapter')).toHaveCount(content.chapters.length);
		await page.waitForFunction(() => [...document.images].every((i) => i.complete));
		return page.pdf({ format, printBackground: true });
	}

	for (const format of ['A4', 'Letter'] as const)
		test(`prints on at most 15 ${format} pages, none of them holding only a code, a link or a quote`, async ({
			page
		}) => {
			const pdf = await printed(page, format);
			const pages = pageCount(pdf);
			expect(pages).toBeGreaterThan(1);
			expect(pages).toBeLessThanOrEqual(15);
			// how much text each page holds (about one count per word): none is nearly empty
			const text = textPerPage(pdf);
			expect(text).toHaveLength(pages);
			const fullest = Math.max(...text);
			for (const [i, n] of text.entries())
				expect(n, `page ${i + 1} holds ${n} of at most ${fullest}`).toBeGreaterThan(fullest / 4);
		});

	test('body text is at least 11 pt, and a heading keeps its link and QR code', async ({
		page
	}) => {
		await page.goto('/handout');
		await page.emulateMedia({ media: 'print' });
		const pt = (px: number) => (px * 72) / 96;
		const sizes = await page
			.locator('.prose p, figure.quote blockquote p')
			.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
		expect(sizes.length).toBeGreaterThan(content.chapters.length);
		for (const px of sizes) expect(pt(px)).toBeGreaterThanOrEqual(11);
		// no forced page breaks: a short chapter does not leave most of a page empty
		const head = page.locator('section.chapter').nth(1).locator('header.chapter-head');
		expect(
			await page
				.locator('section.chapter')
				.nth(1)
				.evaluate((el) => getComputedStyle(el).breakBefore)
		).not.toBe('page');
		await expect(head.locator('h2')).toBeVisible();
		await expect(head.locator('img.qr')).toBeVisible();
		await expect(head.locator('a.url')).toBeVisible();
		expect(await head.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	});

	test('says plainly when its links are to an address phones cannot open', async ({
		page,
		baseURL
	}) => {
		// the tests serve the site on 127.0.0.1, with no SITE_ORIGIN
		const host = new URL(baseURL!).hostname;
		await page.goto('/handout');
		const note = page.getByRole('note');
		await expect(note).toContainText(`This address (${host}) only opens on this computer`);
		await expect(note).toContainText('SITE_ORIGIN');
		await page.emulateMedia({ media: 'print' });
		await expect(note).toBeVisible();
	});
});

test.describe('printing the story page', () => {
	test('leaves out the map, the header and the buttons, and keeps the chapters', async ({
		page
	}) => {
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header.site', '.map-col'])
			expect(await page.locator(selector).evaluate(display), selector).toBe('none');
		for (const button of await page.locator('main button').all())
			expect(await button.evaluate(display)).toBe('none');
		await expect(page.locator('section.chapter').first()).toBeVisible();
		expect(squash(await page.locator('section.chapter h2').first().textContent())).toBe(
			content.chapters[0]!.title
		);
		await shot(page, 'story-print');
	});
});
