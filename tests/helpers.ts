/**
 * Shared helpers for the browser tests (tests/*.e2e.ts).
 *
 *   const problems = collectErrors(page);   // before page.goto
 *   ...
 *   expect(problems.all()).toEqual([]);
 *
 *   await shot(page, 'story-top');          // test-results/screens/story-top.png
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { validateContent, type Content } from '../src/lib/content/validate';
import { readContentDir } from '../src/lib/content/read-files.server';

const root = path.resolve(import.meta.dirname, '..');

/** The story content, read and validated the way the build reads it: what the reader should see. */
export function loadContent(): Content {
	return validateContent(readContentDir(path.join(root, 'data')));
}

/** White space collapsed, ends trimmed: text as a reader sees it, whatever the markup's line breaks. */
export const squash = (s: string | null | undefined): string =>
	(s ?? '').replace(/\s+/g, ' ').trim();

export interface PageProblems {
	/** console.error() calls and failed resource loads the browser reports in the console. */
	console: string[];
	/** Uncaught exceptions and unhandled rejections. */
	page: string[];
	/** Requests to any origin other than the site's own (the site must work on a closed network). */
	foreignRequests: string[];
	/** Everything above in one list, each line prefixed with its kind; [] when all is well. */
	all(): string[];
}

/**
 * Starts recording what went wrong on a page: call it before page.goto. The lists fill as the
 * page runs; read them (or all()) at the end of the test.
 *
 * @param origin the site's own origin; defaults to the project's baseURL.
 */
export function collectErrors(page: Page, origin?: string): PageProblems {
	const own = new URL(origin ?? test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
	const problems: PageProblems = {
		console: [],
		page: [],
		foreignRequests: [],
		all() {
			return [
				...this.console.map((m) => `console: ${m}`),
				...this.page.map((m) => `page error: ${m}`),
				...this.foreignRequests.map((m) => `request to another origin: ${m}`)
			];
		}
	};
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const at = msg.location().url;
		problems.console.push(at ? `${msg.text()} (${at})` : msg.text());
	});
	page.on('pageerror', (err) => problems.page.push(err.stack ?? err.message));
	page.on('request', (req) => {
		const url = req.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== own) problems.foreignRequests.push(`${req.method()} ${url}`);
	});
	return problems;
}

/**
 * Saves a screenshot of what is on screen to test-results/screens/<name>.png and attaches it to
 * the test's report. Pass { fullPage: true } for the whole page.
 */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
	const file = path.join(root, 'test-results', 'screens', `${name}.png`);
	const body = await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
	await test.info().attach(name, { body, contentType: 'image/png' });
	return file;
}

/** Nothing on the page is wider than the screen: no sideways scrolling, nothing cut off. */
export async function fitsTheScreen(page: Page) {
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: window.innerWidth
	}));
	expect(scrollWidth, 'the page is wider than the screen').toBeLessThanOrEqual(innerWidth);
}

/** A map's build-time picture has loaded (what the reader sees before the live map). */
export async function pictureShown(page: Page) {
	await expect
		.poll(() =>
			page
				.locator('.story-map img.preview')
				.first()
				.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
		)
		.toBe(true);
}

/** Whether a pin's centre lies inside the visible map. */
export async function pinInView(page: Page, slug: string): Promise<boolean> {
	return page.evaluate((s) => {
		const map = document.querySelector('.story-map')!.getBoundingClientRect();
		const pin = document.querySelector(`.story-pin[data-slug="${s}"]`);
		if (!pin) return false;
		const r = pin.getBoundingClientRect();
		const x = r.left + r.width / 2;
		const y = r.top + r.height / 2;
		return x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
	}, slug);
}

/**
 * Waits until every chapter of the story page has its Share, Cite this and Embed. The page mounts
 * them as chapters come near, and, once the reader moves, the rest when the browser is idle: this
 * moves the mouse a little, as a reader would, first.
 */
export async function storyTools(page: Page, chapters: number) {
	await page.mouse.move(2, 2);
	await page.mouse.move(6, 6);
	await expect(page.locator('section.chapter [data-tools] .copy-box.cite')).toHaveCount(chapters);
	await expect(page.locator('section.chapter [data-tools] .copy-box.embed')).toHaveCount(chapters);
}

/**
 * Waits for the live map. A page shows a picture of its map until the reader moves, so this
 * first points at the map, as a reader's mouse would, once the page's script listens (the map
 * says where it is in data-map: picture, loading, live, failed).
 */
export async function liveMap(page: Page) {
	const map = page.locator('.story-map').first();
	await expect(map).toHaveAttribute('data-map', /./);
	if ((await map.getAttribute('data-map')) === 'picture') {
		// The bottom-left corner: clear of the pins, the zoom buttons and any banner at the top.
		const box = await map.boundingBox();
		await map.hover({ position: { x: 4, y: (box?.height ?? 8) - 4 } });
	}
	await expect(map.locator('[data-ready]')).toBeVisible();
}
