import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { sortKey } from '../src/lib/content/dates';

const SCREENS = 'test-results/screens';
const PHONE = { width: 390, height: 844 };

/**
 * The fragment of every link on the timeline to `path` ('' for the story page, 'sources'), read
 * relative to the timeline's own address, so it holds under a base path too.
 */
async function fragmentsOfLinksTo(page: Page, path: string): Promise<string[]> {
	const root = new URL(page.url()).pathname.replace(/timeline\/?$/, '');
	const hrefs = await page
		.locator('main a[href*="#"]')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	return hrefs
		.map((h) => new URL(h))
		.filter(
			(u) => u.hash && u.pathname.replace(/(.)\/$/, '$1') === (root + path).replace(/(.)\/$/, '$1')
		)
		.map((u) => decodeURIComponent(u.hash.slice(1)));
}

test.describe('the timeline', () => {
	test('lists the events in date order, grouped under a heading per year', async ({ page }) => {
		await page.goto('/timeline');
		await expect(page).toHaveTitle(/Timeline/);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
		const dates = await page
			.locator('main ol li time[datetime]')
			.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
		expect(dates.length).toBeGreaterThanOrEqual(10);
		const keys = dates.map(sortKey);
		expect(keys).toEqual([...keys].sort());
		// One heading per year, and every event sits under the heading of its own year.
		for (const section of await page.locator('main section').all()) {
			const year = (await section.getByRole('heading', { level: 2 }).textContent())?.trim();
			const inside = await section
				.locator('time[datetime]')
				.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!.slice(0, 4)));
			expect(new Set(inside)).toEqual(new Set([year]));
		}
	});

	test('marks the implied dates in words, not by colour only', async ({ page }) => {
		await page.goto('/timeline');
		await expect(page.locator('main li', { hasText: '(implied)' }).first()).toBeVisible();
	});

	test('links every event to a chapter that exists on the story page', async ({ page }) => {
		await page.goto('/timeline');
		const events = await page.locator('main ol > li').count();
		const chapters = await fragmentsOfLinksTo(page, '');
		expect(chapters.length).toBe(events);
		await page.goto('/');
		for (const id of new Set(chapters))
			await expect(page.locator(`[id="${id}"]`), `chapter #${id}`).toHaveCount(1);
	});

	test('links every place to a page that answers 200', async ({ page, request }) => {
		await page.goto('/timeline');
		const hrefs = await page
			.locator('main a[href*="/places/"]')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of new Set(hrefs)) expect((await request.get(href)).status(), href).toBe(200);
	});

	test('links every source to its section on /sources', async ({ page }) => {
		await page.goto('/timeline');
		const ids = await fragmentsOfLinksTo(page, 'sources');
		expect(ids.length).toBeGreaterThan(0);
		await page.goto('/sources');
		for (const id of new Set(ids))
			await expect(page.locator(`section[id="${id}"]`), `source #${id}`).toHaveCount(1);
	});

	test('has no automatically detectable accessibility problems', async ({ page }) => {
		await page.goto('/timeline');
		const result = await new AxeBuilder({ page }).include('main').analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});

test.describe('the claims table on /sources', () => {
	test('has at least 5 claims as rows and the 5 documents as columns', async ({ page }) => {
		await page.goto('/sources');
		const table = page.locator('table', { has: page.locator('caption') });
		await expect(table).toHaveCount(1);
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(5);
		await expect(table.locator('thead th[scope="col"] a')).toHaveCount(5);
		for (const row of await rows.all()) {
			await expect(row.locator('th[scope="row"]')).toHaveCount(1);
			await expect(row.locator('td')).toHaveCount(5);
		}
		// Each column heading leads to that document's section.
		for (const href of await table
			.locator('thead a')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash)))
			await expect(page.locator(`section[id="${href.slice(1)}"]`)).toHaveCount(1);
	});

	test('says in words where a document differs', async ({ page }) => {
		await page.goto('/sources');
		const differs = page.locator('td[data-verdict="differs"]');
		expect(await differs.count()).toBeGreaterThanOrEqual(1);
		await expect(differs.first()).toContainText('differs');
		await expect(differs.first()).toContainText('≠');
	});

	test('scrolls sideways in a focusable, labelled region', async ({ page }) => {
		await page.goto('/sources');
		const region = page.getByRole('region', { name: /claims/i });
		await expect(region).toHaveAttribute('tabindex', '0');
		await expect(region.locator('table')).toHaveCount(1);
	});

	test('has no automatically detectable accessibility problems', async ({ page }) => {
		await page.goto('/sources');
		const result = await new AxeBuilder({ page }).include('#compare').analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});

test.describe('cite this', () => {
	test('copies a citation holding the place’s deep link', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/places/tirana');
		await page.getByText('Cite this', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		// The deep link is the page's own address (with any base path), at the real origin.
		const here = new URL(page.url());
		expect(copied).toContain(here.origin + here.pathname.replace(/\/$/, ''));
		expect(copied).toMatch(/Accessed \d{1,2} [A-Z][a-z]+ \d{4}\./);
		expect(copied).not.toContain('[date accessed]');
	});
});

test.describe('cite this, without a clipboard', () => {
	test('selects the citation for the reader to copy', async ({ page }) => {
		await page.addInitScript(() =>
			Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
		);
		await page.goto('/places/tirana');
		await page.getByText('Cite this', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy' }).click();
		await expect(page.getByRole('status')).toContainText('Ctrl+C');
		const selected = await page.evaluate(() => {
			const t = document.activeElement as HTMLTextAreaElement;
			return t.value.slice(t.selectionStart, t.selectionEnd);
		});
		expect(selected).toContain('/places/tirana');
	});

	test('holds a placeholder date in the prerendered page', async ({ request }) => {
		const html = await (await request.get('/places/tirana')).text();
		expect(html).toContain('[date accessed]');
	});
});

test.describe('screenshots', () => {
	test.beforeAll(() => fs.mkdirSync(SCREENS, { recursive: true }));

	test('of the timeline and the claims table, desktop and phone', async ({ browser }) => {
		for (const [name, viewport] of [
			['desktop', { width: 1280, height: 800 }],
			['phone', PHONE]
		] as const) {
			const context = await browser.newContext({
				viewport,
				isMobile: name === 'phone',
				hasTouch: name === 'phone'
			});
			const page = await context.newPage();
			await page.goto('/timeline');
			await page.screenshot({ path: `${SCREENS}/timeline-${name}.png` });
			await page.screenshot({ path: `${SCREENS}/timeline-${name}-full.png`, fullPage: true });
			await page.locator('[id="year-2022"]').evaluate((h) => h.scrollIntoView());
			await page.screenshot({ path: `${SCREENS}/timeline-${name}-2022.png` });
			await page.goto('/sources#compare');
			await page.locator('#compare').screenshot({ path: `${SCREENS}/claims-${name}.png` });
			await page.screenshot({ path: `${SCREENS}/claims-${name}-viewport.png` });
			// Scrolled sideways: the claim column must stay in place.
			await page.getByRole('region', { name: /claims/i }).evaluate((r) => (r.scrollLeft = 420));
			await page.screenshot({ path: `${SCREENS}/claims-${name}-scrolled.png` });
			// The page itself must never scroll sideways; only the table's region does.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${name}: page scrolls sideways`).toBeLessThanOrEqual(0);
			await page.goto('/places/tirana');
			await page.getByText('Cite this', { exact: true }).click();
			await page.screenshot({ path: `${SCREENS}/cite-${name}.png` });
			await context.close();
		}
	});
});
