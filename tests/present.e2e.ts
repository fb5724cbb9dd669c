/**
 * The presentation, as a teacher meets it: one chapter per slide, keys and buttons, the address,
 * the presenter window in step, the QR code for students, and type big enough for a classroom.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, liveMap, loadContent, shot, squash } from './helpers';

const content = loadContent();
const chapters = content.chapters;
const ids = chapters.map((c) => c.id);
const first = ids[0]!;
const last = ids[ids.length - 1]!;
const slideUrl = (id: string) => new RegExp(`/present/${id}$`);
const presenterUrl = (id: string) => new RegExp(`/present/${id}/presenter$`);

async function openSlide(page: Page, id: string) {
	await page.goto(`/present/${id}`);
	await liveMap(page);
}

/** Whether the document, or the slide's text panel, would need a scroll bar. */
const scrolls = (page: Page) =>
	page.evaluate(() => {
		const words = document.querySelector('.words')!;
		return {
			page: document.scrollingElement!.scrollHeight > innerHeight,
			words: words.scrollHeight > words.clientHeight + 1
		};
	});

/**
 * Every piece of text the audience sees on the slide, the map's labels included, with its size in
 * px: the map's controls (zoom, credit, "back to the slide") are the presenter's, not the slide's.
 */
const slideTexts = (page: Page) =>
	page.evaluate(() => {
		const found: { text: string; px: number }[] = [];
		for (const root of document.querySelectorAll('.slide-deck .words, .slide-deck .map')) {
			const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let n = walk.nextNode(); n; n = walk.nextNode()) {
				const el = n.parentElement!;
				const text = n.textContent!.trim();
				if (!text || el.closest('.leaflet-control-container, .back, .visually-hidden')) continue;
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden')
					continue;
				found.push({ text, px: parseFloat(getComputedStyle(el).fontSize) });
			}
		}
		return found;
	});

test.use({ reducedMotion: 'reduce' });

test.describe('the presentation', () => {
	test('/present lists every slide in order, and starts at the first', async ({ page }) => {
		await page.goto('/present');
		await expect(page.locator('h1')).toHaveText('Presentation');
		const list = page.locator('ol.slides > li');
		await expect(list).toHaveCount(chapters.length);
		for (const [i, ch] of chapters.entries())
			await expect(list.nth(i).getByRole('link').first()).toHaveText(ch.title);
		// each slide has its presenter view beside it
		await list
			.nth(1)
			.getByRole('link', { name: /presenter view/ })
			.click();
		await expect(page).toHaveURL(presenterUrl(chapters[1]!.id));
		await page.goto('/present');
		await page.getByRole('link', { name: 'Start the presentation' }).click();
		await expect(page).toHaveURL(slideUrl(first));
		await expect(page.locator('h1')).toHaveText(chapters[0]!.title);
	});

	test('shows the chapter: kicker, title, summary, its first quote and its places on the map', async ({
		page
	}) => {
		const problems = collectErrors(page);
		const ch = chapters.find((c) => c.quotes.length > 1)!;
		await openSlide(page, ch.id);
		await expect(page.locator('.slide .kicker')).toContainText(ch.kicker);
		await expect(page.locator('h1')).toHaveText(ch.title);
		expect(squash(await page.locator('.slide .summary').textContent())).toBe(squash(ch.summary));
		const quote = content.quotes.find((q) => q.id === ch.quotes[0])!;
		await expect(page.locator('.slide figure.quote')).toHaveCount(1);
		await expect(page.locator('.slide blockquote')).toHaveText(quote.text);
		await expect(page.locator('.slide figcaption')).toContainText(quote.speaker);
		for (const slug of ch.places)
			await expect(page.locator(`.story-pin[data-slug="${slug}"]`)).toHaveClass(/is-active/);
		await expect(page.locator('header.site')).toBeHidden();
		expect(problems.all()).toEqual([]);
	});

	test('→, Space and Page Down go forward; ← and Page Up go back; Home and End go to the ends', async ({
		page
	}) => {
		await openSlide(page, first);
		const steps: [string, string][] = [
			['ArrowRight', ids[1]!],
			['Space', ids[2]!],
			['PageDown', ids[3]!],
			['ArrowLeft', ids[2]!],
			['PageUp', ids[1]!],
			['End', last],
			['Home', first]
		];
		for (const [key, id] of steps) {
			await page.keyboard.press(key);
			await expect(page, `${key} leads to ${id}`).toHaveURL(slideUrl(id));
			await expect(page.locator('h1')).toHaveText(chapters[ids.indexOf(id)]!.title);
		}
		await expect(page.locator('.count')).toHaveText(`1 / ${ids.length}`);
	});

	test('the address names the slide, each move is a history entry, and a reload stays', async ({
		page
	}) => {
		await openSlide(page, first);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(ids[1]!));
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(ids[2]!));
		await page.reload();
		await expect(page.locator('h1')).toHaveText(chapters[2]!.title);
		await expect(page.locator('.count')).toHaveText(`3 / ${ids.length}`);
		await page.goBack();
		await expect(page).toHaveURL(slideUrl(ids[1]!));
		await expect(page.locator('h1')).toHaveText(chapters[1]!.title);
	});

	test('the buttons move too, and stop at either end', async ({ page }) => {
		await openSlide(page, first);
		const next = page.getByRole('button', { name: 'Next' });
		const previous = page.getByRole('button', { name: 'Previous' });
		await expect(previous).toHaveAttribute('aria-disabled', 'true');
		await next.click();
		await expect(page).toHaveURL(slideUrl(ids[1]!));
		await expect(next).toBeFocused();
		await previous.click();
		await expect(page).toHaveURL(slideUrl(first));
		await page.keyboard.press('End');
		await expect(page).toHaveURL(slideUrl(last));
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		// a disabled-looking button keeps its focus and does nothing (force: Playwright waits for
		// aria-disabled buttons to become enabled)
		await next.click({ force: true });
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(300);
		await expect(page).toHaveURL(slideUrl(last));
	});

	test('keys do nothing with a modifier held or while typing', async ({ page }) => {
		await openSlide(page, ids[1]!);
		await page.keyboard.press('Control+ArrowRight');
		await page.keyboard.press('Shift+Space');
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.id = 'typing';
			document.querySelector('.words')!.append(input);
		});
		await page.locator('#typing').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('End');
		await page.keyboard.press('q');
		await page.waitForTimeout(300);
		await expect(page).toHaveURL(slideUrl(ids[1]!));
		await expect(page.locator('dialog.qr-dialog')).not.toBeVisible();
	});

	test('after panning, M brings the map back to the slide, and its button says so', async ({
		page
	}) => {
		await openSlide(page, 'ports');
		const box = (await page.locator('.story-map').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2, { steps: 5 });
		await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		const back = page.getByRole('button', { name: 'Back to the slide (M)' });
		await expect(back).toBeVisible();
		await page.keyboard.press('m');
		await expect(back).toBeHidden();
	});

	test('B or "." blacks the screen, W or "," whites it, as a clicker asks; any key brings the slide back', async ({
		page
	}) => {
		await openSlide(page, ids[1]!);
		const blank = page.locator('[data-blank]');
		const cover = () =>
			blank.evaluate((el) => {
				const r = el.getBoundingClientRect();
				return {
					colour: getComputedStyle(el).backgroundColor,
					whole: r.left <= 0 && r.top <= 0 && r.right >= innerWidth && r.bottom >= innerHeight,
					onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === el
				};
			});
		for (const [key, colour] of [
			['b', 'rgb(0, 0, 0)'],
			['.', 'rgb(0, 0, 0)'],
			['w', 'rgb(255, 255, 255)'],
			[',', 'rgb(255, 255, 255)']
		] as const) {
			await page.keyboard.press(key);
			await expect(blank, key).toBeVisible();
			expect(await cover(), key).toEqual({ colour, whole: true, onTop: true });
			if (key === 'b') await shot(page, 'present-blank');
			// any key brings the same slide back: a step key does not also step
			await page.keyboard.press(key === '.' ? 'x' : 'PageDown');
			await expect(blank).toBeHidden();
			await expect(page).toHaveURL(slideUrl(ids[1]!));
			await expect(page.locator('h1')).toBeVisible();
		}
		// a modifier alone leaves the screen blank
		await page.keyboard.press('b');
		await page.keyboard.press('Shift');
		await expect(blank).toBeVisible();
		await page.keyboard.press('b');
		await expect(blank).toBeHidden();
	});

	test('Space after clicking ← Previous steps forward, not back again', async ({ page }) => {
		await openSlide(page, ids[2]!);
		const previous = page.getByRole('button', { name: 'Previous' });
		await previous.click();
		await expect(page).toHaveURL(slideUrl(ids[1]!));
		await expect(previous).toBeFocused();
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(slideUrl(ids[2]!));
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(slideUrl(ids[3]!));
		// Enter still presses the focused button
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(slideUrl(ids[2]!));
	});

	test('the Keys list names every key, the map key too', async ({ page }) => {
		await openSlide(page, first);
		await page.getByText('Keys', { exact: true }).click();
		const list = page.locator('.keys dl');
		await expect(list).toBeVisible();
		for (const text of ['B or .', 'black screen', 'W or ,', 'white screen', 'M', 'map back'])
			await expect(list).toContainText(text);
	});

	test('F asks for fullscreen and Esc or F leaves it', async ({ page }) => {
		await openSlide(page, first);
		const full = () => page.evaluate(() => !!document.fullscreenElement);
		await page.keyboard.press('f');
		await expect.poll(full).toBe(true);
		await expect(page.getByRole('button', { name: 'Leave fullscreen' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect.poll(full).toBe(false);
		await page.getByRole('button', { name: 'Fullscreen' }).click();
		await expect.poll(full).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(full).toBe(false);
	});
});

test.describe('the QR code', () => {
	test("encodes the slide's chapter in the story, for phones", async ({ page, baseURL }) => {
		await openSlide(page, 'ports');
		const button = page.getByRole('button', { name: 'QR code' });
		await button.focus();
		await page.keyboard.press('q');
		const dialog = page.getByRole('dialog', { name: 'Read this chapter on your phone' });
		await expect(dialog).toBeVisible();
		const url = `${new URL(baseURL!).origin}/#ports`;
		await expect(dialog).toHaveAttribute('data-url', url);
		await expect(dialog.locator('.url')).toHaveText(url);
		const img = dialog.getByRole('img', { name: `QR code for ${url}` });
		await expect(img).toHaveAttribute('src', /^data:image\/svg\+xml/);
		expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth > 0)).toBe(true);
		// modal: the page behind takes no focus and no clicks
		expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
		await expect(dialog.getByRole('button', { name: /close/i })).toBeFocused();
		await expect(dialog.getByRole('note')).toContainText(
			`This address (${new URL(baseURL!).hostname}) only opens on this computer`
		);
		await shot(page, 'present-qr-1366');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		// the button opens it too, and Close closes it
		await button.click();
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: /close/i }).click();
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('a clicker is never stuck in it: Page Down, →, Page Up step the slides and close it', async ({
		page
	}) => {
		const at = ids.indexOf('ports');
		await openSlide(page, 'ports');
		const dialog = page.getByRole('dialog', { name: 'Read this chapter on your phone' });
		for (const [key, to] of [
			['PageDown', at + 1],
			['ArrowRight', at + 2],
			['PageUp', at + 1]
		] as const) {
			await page.keyboard.press('q');
			await expect(dialog).toBeVisible();
			await page.keyboard.press(key);
			await expect(dialog, key).toBeHidden();
			await expect(page, key).toHaveURL(slideUrl(ids[to]!));
		}
		// B blacks the screen from the dialog too
		await page.keyboard.press('q');
		await page.keyboard.press('b');
		await expect(dialog).toBeHidden();
		await expect(page.locator('[data-blank="black"]')).toBeVisible();
	});

	test('after it closes, Space steps forward and does not open it again', async ({ page }) => {
		await openSlide(page, 'ports');
		const dialog = page.getByRole('dialog', { name: 'Read this chapter on your phone' });
		const button = page.getByRole('button', { name: 'QR code' });
		await button.click();
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(slideUrl(ids[ids.indexOf('ports') + 1]!));
		await expect(dialog).toBeHidden();
	});
});

test.describe('the presenter view', () => {
	test('shows the notes, the question, the next title and a clock', async ({ page }) => {
		const problems = collectErrors(page);
		const ch = chapters[3]!;
		await page.goto(`/present/${ch.id}/presenter`);
		await expect(page.locator('h1')).toHaveText(ch.title);
		const notes = page.locator('.notes li');
		await expect(notes).toHaveCount(ch.notes.length);
		for (const [i, note] of ch.notes.entries())
			expect(squash(await notes.nth(i).textContent())).toBe(squash(note));
		expect(squash(await page.locator('.question p').textContent())).toBe(squash(ch.question));
		await expect(page.locator('.next-title')).toContainText(chapters[4]!.title);
		// the next slide's map picture and summary
		const map = page.locator('.next img.next-map');
		await expect(map).toHaveAttribute('src', `/maps/chapters/${chapters[4]!.id}.svg`);
		expect(await map.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(
			true
		);
		expect(squash(await page.locator('.next-summary').textContent())).toBe(
			squash(chapters[4]!.summary)
		);
		const clock = page.locator('.clock time');
		await expect(clock).toHaveText(/^\d\d:\d\d$/);
		await expect(clock).not.toHaveText('00:00', { timeout: 3000 });
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(clock).toHaveText('00:00');
		await shot(page, 'presenter-1366');
		expect(problems.all()).toEqual([]);
	});

	test('the clock keeps running over a reload of the presenter view, until Reset', async ({
		page
	}) => {
		await page.goto(`/present/${first}/presenter`);
		const clock = page.locator('.clock[data-ready] time');
		const seconds = async () => {
			const [mm, ss] = (await clock.textContent())!.split(':').map(Number);
			return mm! * 60 + ss!;
		};
		await expect.poll(seconds, { timeout: 8000 }).toBeGreaterThanOrEqual(3);
		await page.reload();
		// the first reading after the reload: a clock started afresh would read 00:00
		await expect(clock).toBeVisible();
		expect(await seconds()).toBeGreaterThanOrEqual(3);
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(clock).toHaveText('00:00');
		await page.reload();
		await expect(clock).toBeVisible();
		expect(await seconds()).toBeLessThan(3);
	});

	test('the last slide says the story ends next', async ({ page }) => {
		await page.goto(`/present/${last}/presenter`);
		await expect(page.locator('.next-title')).toHaveText('End of the story');
	});

	test('opens in a second window and both stay in step, whichever drives', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openSlide(page, first);
		const popup = page.waitForEvent('popup');
		await page.keyboard.press('p');
		const presenter = await popup;
		await expect(presenter).toHaveURL(presenterUrl(first));
		await expect(presenter.locator('h1')).toHaveText(chapters[0]!.title);

		// the slides drive (each window takes the keys when in front, as on a real desk)
		await page.bringToFront();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(ids[1]!));
		await expect(presenter).toHaveURL(presenterUrl(ids[1]!));

		// the presenter drives
		await presenter.bringToFront();
		await presenter.keyboard.press('ArrowRight');
		await expect(presenter).toHaveURL(presenterUrl(ids[2]!));
		await expect(page).toHaveURL(slideUrl(ids[2]!));
		await expect(page.locator('h1')).toHaveText(chapters[2]!.title);
		await presenter.getByRole('button', { name: 'Next' }).click();
		await expect(page).toHaveURL(slideUrl(ids[3]!));
		await presenter.keyboard.press('Home');
		await expect(page).toHaveURL(slideUrl(first));

		// quick moves on either side do not bounce back and forth
		await page.bringToFront();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(ids[3]!));
		await expect(presenter).toHaveURL(presenterUrl(ids[3]!));
		await page.waitForTimeout(600);
		await expect(page).toHaveURL(slideUrl(ids[3]!));
		await expect(presenter).toHaveURL(presenterUrl(ids[3]!));

		// browser back on the slides moves the presenter too
		await page.keyboard.press('ArrowRight');
		await expect(presenter).toHaveURL(presenterUrl(ids[4]!));
		await page.goBack();
		await expect(page).toHaveURL(slideUrl(ids[3]!));
		await expect(presenter).toHaveURL(presenterUrl(ids[3]!));
	});
});

test.describe('on a narrow screen', () => {
	for (const [name, width, height] of [
		['a phone', 390, 844],
		['a laptop zoomed to 400%', 320, 200]
	] as const)
		test(`on ${name} (${width}×${height}) the map stands above the words, full width`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await openSlide(page, 'ports');
			const map = (await page.locator('.slide-deck .map').boundingBox())!;
			const words = (await page.locator('.slide-deck .words').boundingBox())!;
			expect(map.width).toBeGreaterThan(width * 0.95);
			expect(words.width).toBeGreaterThan(width * 0.95);
			expect(words.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
			// the words are read by scrolling the page, not cut off in a box
			const summary = page.locator('.slide .summary');
			await summary.scrollIntoViewIfNeeded();
			await expect(summary).toBeInViewport();
			if (width === 390) await shot(page, 'present-phone', { fullPage: true });
		});
});

for (const [width, height] of [
	[1366, 768],
	[1920, 1080]
] as const)
	test.describe(`projected at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('every text on every slide, map labels too, is at least 24 px, and no slide scrolls', async ({
			page
		}) => {
			await openSlide(page, first);
			const size = await page
				.locator('.slide .summary')
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(size).toBeGreaterThanOrEqual(24);
			if (width === 1920) expect(size).toBeGreaterThan(30);
			await shot(page, `present-slide-${width}`);
			for (const id of ids) {
				if (id !== first) {
					await page.keyboard.press('ArrowRight');
					await expect(page).toHaveURL(slideUrl(id));
				}
				expect(await scrolls(page), `slide ${id}`).toEqual({ page: false, words: false });
				const texts = await slideTexts(page);
				expect(texts.some((t) => t.text === chapters[ids.indexOf(id)]!.title)).toBe(true);
				expect(
					texts.filter((t) => t.px < 24),
					`slide ${id}`
				).toEqual([]);
			}
			await shot(page, `present-slide-${width}-last`);
		});

		test('the longest slide fits', async ({ page }) => {
			const longest = [...chapters].sort((a, b) => {
				const len = (c: (typeof chapters)[number]) =>
					c.summary.length +
					(content.quotes.find((q) => q.id === c.quotes[0])?.text.length ?? 0) +
					c.title.length;
				return len(b) - len(a);
			})[0]!;
			await openSlide(page, longest.id);
			expect(await scrolls(page)).toEqual({ page: false, words: false });
			await shot(page, `present-longest-${width}`);
		});
	});
