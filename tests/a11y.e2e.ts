/**
 * Accessibility (WCAG 2.2 AA) of every kind of page, checked with axe-core, and the contrast of the
 * map's labels against the map drawn behind them (which axe cannot see: it is a canvas).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { liveMap, loadContent, storyTools } from './helpers';

const content = loadContent();
const first = [...content.chapters].sort((a, b) => a.order - b.order)[0]!;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe and fails with a readable list of what is wrong, one line per element. */
async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const lines = results.violations.flatMap((v) =>
		v.nodes.map(
			(n) =>
				`${v.id} (${v.impact}): ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`
		)
	);
	expect(lines, `axe found ${lines.length} problem(s):\n${lines.join('\n')}`).toEqual([]);
	return results;
}

/** The map is drawn and its pins are placed (the canvas itself axe cannot read). */
const mapReady = liveMap;

// [name, address, wait for the map]
const pages: [string, string, boolean][] = [
	['the story', '/', true],
	['the story at a chapter', '/#ports', true],
	['the places', '/places', false],
	['a place', '/places/durres', false],
	['the sources', '/sources', false],
	['a document in full', '/sources/rferl', false],
	['the place most documents name', '/places/albania', false],
	['the timeline', '/timeline', false],
	['the 404 page', '/places/atlantis', false],
	['a slide', `/present/${first.id}`, true],
	['the presenter view', `/present/${first.id}/presenter`, false],
	['the handout', '/handout', false],
	['a chapter page', `/chapters/${first.id}`, false]
];

/**
 * The story page is the whole story, 2,100 elements with every chapter's notes: axe alone takes
 * about 8 s there on a quiet 2-core machine and 35 s was seen beside other heavy jobs (a CI run,
 * a build), so its tests get three times the default limit (test.slow, 90 s).
 */
const heavy = (address: string) => address === '/' || address.startsWith('/#');

test.describe('axe finds no WCAG 2.2 AA violation on', () => {
	for (const [name, address, map] of pages) {
		test(`${name} (${address})`, async ({ page }) => {
			test.slow(heavy(address));
			await page.goto(address);
			if (map) await mapReady(page);
			if (address === '/#ports') {
				await expect(page.locator('#ports')).toHaveClass(/active/);
				await expect(page.locator('.story-pin[data-slug="durres"]')).toHaveClass(/is-active/);
			}
			await expectNoViolations(page);
		});
	}

	test('the story with every "Cite this" open', async ({ page }) => {
		test.slow();
		await page.goto('/');
		await mapReady(page);
		await storyTools(page, content.chapters.length);
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await expectNoViolations(page);
	});

	test('the story on a phone', async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/#ports');
		await mapReady(page);
		await expectNoViolations(page);
	});
});

/** WCAG relative luminance of an sRGB colour given as 0-255 channels. */
function luminance([r, g, b]: number[]): number {
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const ratio = (a: number[], b: number[]) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

/**
 * For each visible map label: its text colour, and the pixels of the map behind it with every
 * label hidden. Returns the contrast against the darkest 5% of those pixels (a stray border line
 * under one letter does not decide it; a dark area behind the label does).
 */
async function labelContrast(page: Page, selector: string) {
	const labels = page.locator(selector);
	const n = await labels.count();
	const found: { text: string; color: string; contrast: number }[] = [];
	const boxes: {
		text: string;
		color: number[];
		box: { x: number; y: number; width: number; height: number };
	}[] = [];
	for (let i = 0; i < n; i++) {
		const label = labels.nth(i);
		if (!(await label.isVisible())) continue;
		const box = await label.boundingBox();
		if (!box || box.width < 2) continue;
		const { text, color } = await label.evaluate((el) => ({
			text: el.textContent ?? '',
			color: getComputedStyle(el).color
		}));
		boxes.push({
			text,
			color: color
				.match(/\d+(\.\d+)?/g)!
				.slice(0, 3)
				.map(Number),
			box
		});
	}
	// hide the labels (and pins) to see what is behind them (through the CSSOM: the site's CSP
	// rightly refuses an injected <style>)
	await page.evaluate((sel) => {
		for (const el of document.querySelectorAll<HTMLElement>(
			`${sel}, .story-pin .dot, .connection-label span`
		))
			el.style.setProperty('visibility', 'hidden', 'important');
	}, selector);
	for (const { text, color, box } of boxes) {
		const png = await page.screenshot({ clip: box });
		const pixels = await page.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, 0, c.width, c.height).data;
			const out: number[][] = [];
			for (let p = 0; p < d.length; p += 4) out.push([d[p]!, d[p + 1]!, d[p + 2]!]);
			return out;
		}, png.toString('base64'));
		const contrasts = pixels.map((p) => ratio(color, p)).sort((a, b) => a - b);
		const worst5 = contrasts[Math.floor(contrasts.length * 0.05)] ?? 21;
		found.push({
			text,
			color: `rgb(${color.join(',')})`,
			contrast: Math.round(worst5 * 100) / 100
		});
	}
	return found;
}

test.describe('the map’s labels', () => {
	for (const [chapter, minSize] of [
		['ports', 4.5],
		['allies-respond', 4.5]
	] as const) {
		test(`are readable against the map at the ${chapter} chapter (AA: ${minSize}:1)`, async ({
			page
		}) => {
			await page.goto(`/#${chapter}`);
			await mapReady(page);
			await expect(page.locator(`#${chapter}`)).toHaveClass(/active/);
			await page.waitForTimeout(300);
			const active = await labelContrast(
				page,
				'.story-pin.is-active:not(.label-hidden) .name, .context-label span'
			);
			expect(active.length).toBeGreaterThan(0);
			const poor = active.filter((l) => l.contrast < minSize);
			expect(
				poor,
				`labels under ${minSize}:1 against the map behind them:\n${poor.map((l) => `  "${l.text}" ${l.color}: ${l.contrast}:1`).join('\n')}`
			).toEqual([]);
		});
	}
});
