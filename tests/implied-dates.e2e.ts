/**
 * Story facts: dates the documents only imply. What data/ marks as implied (a quote's saidImplied,
 * a chapter's dates.implied, an event's implied) must read "(implied)" wherever the reader sees
 * the date: the story, its timeline strip, the handout, the slides and the timeline; a date no
 * passage gives reads "not stated". The expectations come from this story's content, and the
 * first test pins the facts they rest on, so an edit to the data that drops them fails loudly.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatDate, formatRange } from '../src/lib/content/dates';
import { NOT_STATED } from '../src/lib/content/schema';
import { loadContent } from './helpers';

const content = loadContent();
const impliedChapters = content.chapters.filter((c) => c.dates.implied);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "9 September 2022 (implied)", with any space (the page joins them with a no-break space). */
const impliedText = (date: string) => new RegExp(`${escape(date)}\\s\\(implied\\)`);

/** Every quote's date on a page, by quote id, as the reader sees it in its caption. */
async function quoteCaptions(page: Page): Promise<Map<string, string>> {
	const pairs = await page
		.locator('figure.quote[id^="quote-"] figcaption')
		.evaluateAll((els) =>
			els.map((el) => [el.closest('figure')!.id.slice(6), el.textContent ?? ''] as const)
		);
	return new Map(pairs);
}

function expectQuoteDates(captions: Map<string, string>) {
	for (const q of content.quotes) {
		const caption = captions.get(q.id);
		expect(caption, `quote ${q.id} is on the page`).toBeDefined();
		if (q.said === NOT_STATED) expect(caption).toContain('date not stated');
		else if (q.saidImplied) expect(caption, q.id).toMatch(impliedText(formatDate(q.said)));
		else {
			expect(caption, q.id).toContain(formatDate(q.said));
			expect(caption, q.id).not.toContain('(implied)');
		}
	}
}

test.describe('story facts: implied dates', () => {
	test('the content marks the dates the documents only imply', () => {
		const quote = (id: string) => content.quotes.find((q) => q.id === id);
		// Exit News: Rama wrote "on Saturday"; only a US statement dates the attack.
		expect(quote('rama-same-aggressors')).toMatchObject({ said: '2022-09', saidImplied: true });
		// RFE/RL dates only Rama's announcement to 7 September, not Britain's statement.
		expect(quote('uk-almost-certainly')).toMatchObject({ said: '2022-09-07', saidImplied: true });
		// Alice Taylor's report: "on Wednesday evening".
		expect(content.chapters.find((c) => c.id === 'tehran-denies')?.dates.implied).toBe(true);
		// The Telegraph: "last summer".
		expect(content.chapters.find((c) => c.id === 'channel')?.dates.implied).toBe(true);
		expect(content.chapters.find((c) => c.id === 'ties-cut')?.dates.implied).toBeFalsy();
	});

	test('the story shows "(implied)" after every implied quote date and chapter date, and only there', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('section.chapter').first()).toBeVisible();
		expectQuoteDates(await quoteCaptions(page));
		for (const ch of content.chapters) {
			const dates = page.locator(`section.chapter[id="${ch.id}"] header .dates`);
			const range = formatRange(ch.dates.from, ch.dates.to);
			if (ch.dates.implied) await expect(dates).toHaveText(impliedText(range));
			else await expect(dates).toHaveText(range);
		}
		// The timeline strip under the map says it too.
		const strip = page.getByRole('navigation', { name: 'Timeline' });
		for (const e of content.events) {
			const item = strip.locator(`li:has(time[datetime="${e.date}"])`, { hasText: e.title });
			await expect(item, e.id).toHaveCount(1);
			if (e.implied) await expect(item).toContainText('(implied)');
			else await expect(item).not.toContainText('(implied)');
		}
	});

	test('the handout shows them too', async ({ page }) => {
		await page.goto('/handout');
		await expect(page.locator('section.chapter').first()).toBeVisible();
		expectQuoteDates(await quoteCaptions(page));
		for (const ch of content.chapters) {
			const head = page.locator('section.chapter', { has: page.locator(`#h-${ch.id}`) });
			const dates = head.locator('.chapter-head p.meta:has(> time)');
			if (ch.dates.implied)
				await expect(dates).toContainText(impliedText(formatRange(ch.dates.from, ch.dates.to)));
			else await expect(dates).not.toContainText('(implied)');
		}
	});

	test('a slide shows it in its kicker and under its quote', async ({ page }) => {
		const ch = impliedChapters.find((c) => {
			const first = content.quotes.find((q) => q.id === c.quotes[0]);
			return first?.saidImplied;
		});
		expect(ch, 'a chapter with implied dates whose first quote has an implied date').toBeDefined();
		const q = content.quotes.find((x) => x.id === ch!.quotes[0])!;
		await page.goto(`/present/${ch!.id}`);
		const slide = page.locator(`[data-slide="${ch!.id}"]`);
		await expect(slide.locator('.kicker')).toContainText('(implied)');
		await expect(slide.locator('figcaption')).toContainText(impliedText(formatDate(q.said)));
	});

	test('the timeline says "not stated" for an event no document places', async ({ page }) => {
		const placeless = content.events.filter((e) => e.places.length === 0);
		expect(placeless.length).toBeGreaterThan(0);
		await page.goto('/timeline');
		for (const e of placeless)
			await expect(page.locator(`#event-${e.id} .refs`)).toContainText(/Place\s*not stated/);
	});
});
