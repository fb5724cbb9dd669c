/**
 * The foundation, as a reader meets it: the story page, its quotes and their sources, the sources
 * page, the page for an address that leads nowhere. What the content in data/ says is what the
 * tests expect to see, so a chapter that goes missing from the page fails here.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDate } from '../src/lib/content/dates';
import { passageId } from '../src/lib/content/document';
import { NOT_STATED } from '../src/lib/content/schema';
import { collectErrors, fitsTheScreen, loadContent, pictureShown, shot, squash } from './helpers';

const content = loadContent();
const chapterIds = new Set(content.chapters.map((c) => c.id));
const quoteById = new Map(content.quotes.map((q) => [q.id, q]));

/** Every chapter section on the page, in page order: its id and the text of its h2. */
async function chapterSections(page: Page) {
	const found = await page
		.locator('section[id]')
		.evaluateAll((sections) =>
			sections.map((s) => ({ id: s.id, heading: s.querySelector('h2')?.textContent ?? null }))
		);
	return found
		.filter((s) => chapterIds.has(s.id))
		.map((s) => ({ id: s.id, heading: s.heading === null ? null : squash(s.heading) }));
}

/** The chapters as the content orders them, in the same shape. */
const expectedChapters = content.chapters.map((c) => ({ id: c.id, heading: c.title }));

/** Every quote in the content, in the order the chapters show them. */
const expectedQuotes = content.chapters.flatMap((c) =>
	c.quotes.map((id) => ({ chapter: c.id, quote: quoteById.get(id)! }))
);

/** The dt → dd pairs of a description list inside `within`. */
async function facts(within: Locator): Promise<Record<string, string>> {
	const pairs = await within.locator('dt').evaluateAll((dts) =>
		dts.map((dt) => {
			let dd = dt.nextElementSibling;
			while (dd && dd.tagName !== 'DD') dd = dd.nextElementSibling;
			return [dt.textContent ?? '', dd?.textContent ?? ''] as const;
		})
	);
	return Object.fromEntries(pairs.map(([k, v]) => [squash(k), squash(v)]));
}

test.describe('The story page', () => {
	test('shows the title and every chapter, as a section with its heading, in order', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('h1')).toHaveText(content.story.title);
		expect(content.chapters.length).toBeGreaterThan(0);
		expect(await chapterSections(page)).toEqual(expectedChapters);
	});

	test("carries each chapter's text once: in the page, not again in its data", async ({
		page,
		request
	}) => {
		await page.goto('/');
		// From each chapter's prose, its longest text node (text between tags, as the HTML has it).
		const sentences = await page.locator('section.chapter').evaluateAll((sections) =>
			sections.map((s) => {
				const walk = document.createTreeWalker(s.querySelector('.prose')!, NodeFilter.SHOW_TEXT);
				let longest = '';
				for (let n = walk.nextNode(); n; n = walk.nextNode())
					if ((n.textContent ?? '').length > longest.length) longest = n.textContent ?? '';
				return longest;
			})
		);
		expect(sentences).toHaveLength(content.chapters.length);
		const html = await (await request.get('/')).text();
		const data = await (await request.get('/__data.json')).text();
		for (const s of sentences) {
			// A run of plain words (nothing the HTML would write as an entity) from that text.
			const words = s.match(/[A-Za-z][A-Za-z ,]{24,}/)?.[0];
			expect(words, `a plain run of words in "${s}"`).toBeTruthy();
			expect(html.split(words!).length - 1, `"${words}" in the HTML of /`).toBe(1);
			expect(data, 'the data of / for client-side navigation').not.toContain(words!);
		}
	});

	test('the timeline strip marks the events of the chapter on screen, and only those', async ({
		page
	}) => {
		// The chapter with the most events, and one with none that comes after it.
		const count = (id: string) => content.events.filter((e) => e.chapter === id).length;
		const busy = [...content.chapters].sort((a, b) => count(b.id) - count(a.id))[0]!;
		expect(count(busy.id)).toBeGreaterThan(1);
		const strip = page.getByRole('navigation', { name: 'Timeline' });
		await page.goto(`/#${busy.id}`);
		const marked = strip.locator('a[aria-current="true"]');
		await expect(marked).toHaveCount(count(busy.id));
		const titles = content.events.filter((e) => e.chapter === busy.id).map((e) => e.title);
		for (const [i, title] of titles.entries()) await expect(marked.nth(i)).toContainText(title);
		// Following a link of the strip moves the story, and the marks follow.
		const other = content.events.find((e) => e.chapter !== busy.id)!;
		await strip
			.getByRole('link', { name: new RegExp(other.title.slice(0, 30)) })
			.first()
			.click();
		await expect(page).toHaveURL(new RegExp(`#${other.chapter}$`));
		await expect(marked).toHaveCount(count(other.chapter));
		await expect(marked.first()).toContainText(other.title);
	});

	test('shows each quote as a figure naming the speaker and citing its source', async ({
		page
	}) => {
		await page.goto('/');
		const figures = await page.locator('section[id] figure:has(blockquote)').evaluateAll((els) =>
			els.map((f) => ({
				chapter: f.closest('section[id]')?.id ?? '',
				text: f.querySelector('blockquote')?.textContent ?? '',
				caption: f.querySelector('figcaption')?.textContent ?? '',
				citeHref: f.querySelector('figcaption cite a')?.getAttribute('href') ?? null
			}))
		);
		const seen = figures
			.filter((f) => chapterIds.has(f.chapter))
			.map((f, i) => {
				const speaker = expectedQuotes[i]?.quote.speaker ?? '';
				return {
					chapter: f.chapter,
					text: squash(f.text),
					// The caption must name the speaker; show the whole caption when it does not.
					speaker: speaker && squash(f.caption).includes(speaker) ? speaker : squash(f.caption),
					citeHref: f.citeHref
				};
			});
		expect(seen).toEqual(
			expectedQuotes.map(({ chapter, quote }) => ({
				chapter,
				text: squash(quote.text),
				speaker: quote.speaker,
				citeHref: `/sources/${quote.source}#${passageId(quote.text)}`
			}))
		);
	});

	test('a chapter opened by its link has its Share, Cite this and Embed at once', async ({
		page
	}) => {
		await page.goto('/#ports');
		const ports = page.locator('section#ports');
		await expect(ports.getByRole('button', { name: /^share/i })).toBeVisible();
		await expect(ports.locator('summary', { hasText: 'Cite this' })).toBeVisible();
		await expect(ports.locator('summary', { hasText: 'Embed' })).toBeVisible();
		// the link for readers without JavaScript is gone where the tools are
		await expect(ports.locator('.tools a', { hasText: 'Cite or embed' })).toHaveCount(0);
	});

	test('reads without JavaScript: every chapter heading and every quote is there', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		try {
			await page.goto('/');
			expect(await chapterSections(page)).toEqual(expectedChapters);
			for (const c of content.chapters)
				await expect(page.locator(`section[id="${c.id}"] h2`).first()).toBeVisible();
			const quotes = page.locator('section[id] figure blockquote');
			await expect(quotes).toHaveCount(expectedQuotes.length);
			const texts = (await quotes.allTextContents()).map(squash);
			expect(texts).toEqual(expectedQuotes.map((q) => squash(q.quote.text)));
			await expect(quotes.first()).toBeVisible();
			await expect(quotes.last()).toBeVisible();
			// The tools need JavaScript; each chapter leads to its own page, which cites and embeds it.
			for (const c of content.chapters)
				await expect(
					page.locator(`section[id="${c.id}"] .tools a`, { hasText: 'Cite or embed this chapter' })
				).toHaveAttribute('href', `/chapters/${c.id}`);
			await expect(page.locator('section.chapter .tools button')).toHaveCount(0);
			// and the story's map is its picture, the live map's note beside it
			await expect(page.locator('.story-map img.preview')).toBeVisible();
		} finally {
			await context.close();
		}
	});

	test('makes no console error, no page error and no request to another origin', async ({
		page
	}) => {
		test.setTimeout(90_000); // reads every chapter, the map following: slow on 2 busy cores
		const problems = collectErrors(page);
		await page.goto('/');
		// Stay at the top until the page has settled (the map draws its overview there)...
		await page.waitForLoadState('networkidle');
		// ...then read to the end, so whatever loads as the reader scrolls has loaded too.
		for (const c of content.chapters) await page.locator(`[id="${c.id}"]`).scrollIntoViewIfNeeded();
		await page.waitForLoadState('networkidle');
		expect(problems.all()).toEqual([]);
	});

	test('opens a chapter from its address with its heading in view, below the site header', async ({
		page
	}) => {
		await page.goto('/#ties-cut');
		const heading = page.locator('section[id="ties-cut"] h2').first();
		await expect(heading).toBeInViewport();
		await page.waitForLoadState('networkidle');
		// The site header (landmark "banner") stays on top as the page scrolls.
		const header = await page.getByRole('banner').first().boundingBox();
		const box = await heading.boundingBox();
		expect(box).not.toBeNull();
		if (header) expect(box!.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
		await shot(page, 'desktop-chapter-ties-cut');
	});

	test('the top of the story shows its title beside the picture of its map', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeInViewport();
		await expect(page.locator('.story-map')).toBeInViewport();
		await pictureShown(page);
		await fitsTheScreen(page);
		await shot(page, 'desktop-story-top');
	});
});

test.describe('The sources page', () => {
	test('shows the five documents with outlet, author and date, “not stated” where they are silent', async ({
		page
	}) => {
		expect(content.sources).toHaveLength(5);
		await page.goto('/sources');
		const ids = await page.locator('section[id]').evaluateAll((els) => els.map((e) => e.id));
		expect(ids.filter((id) => content.sources.some((s) => s.id === id))).toEqual(
			content.sources.map((s) => s.id)
		);
		for (const s of content.sources) {
			const section = page.locator(`section[id="${s.id}"]`);
			await expect(section.locator('h2')).toHaveText(s.headline);
			const f = await facts(section);
			expect({ id: s.id, outlet: f.Outlet, author: f.Author, date: f.Date }).toEqual({
				id: s.id,
				outlet: s.outlet,
				author: s.author,
				date: s.date === NOT_STATED ? NOT_STATED : formatDate(s.date)
			});
		}
		// The content does leave some dates unstated: the page must say so, not leave a blank.
		expect(content.sources.some((s) => s.date === NOT_STATED)).toBe(true);
	});
});

test.describe('An address that is not in the story', () => {
	test('answers 404, says so, lists the places and leads back to the story', async ({ page }) => {
		const response = await page.goto('/places/atlantis');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toContainText('not part of the story');
		for (const p of content.places)
			await expect(
				page.locator(`main a[href="/places/${p.slug}"]`, { hasText: p.name })
			).toHaveCount(1);
		const back = page.locator('main a[href="/"]').first();
		await expect(back).toBeVisible();
		await back.click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('h1')).toHaveText(content.story.title);
	});
});

test.describe('On a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	/** Nothing on the page may be wider than the screen (no sideways scrolling). */
	async function expectNoSidewaysScroll(page: Page) {
		const { scroll, client } = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth
		}));
		expect(scroll, 'page width beyond the screen').toBeLessThanOrEqual(client);
	}

	test('the story fits the screen', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeInViewport();
		await page.waitForLoadState('networkidle');
		await expectNoSidewaysScroll(page);
		await shot(page, 'phone-story-top');
	});

	test('the sources page fits the screen', async ({ page }) => {
		await page.goto('/sources');
		await expect(page.locator('h1')).toBeInViewport();
		await expectNoSidewaysScroll(page);
		await shot(page, 'phone-sources');
	});
});
