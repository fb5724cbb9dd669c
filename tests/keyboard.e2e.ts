/**
 * The story with a keyboard only: the skip link first, then everything a mouse can reach, each
 * with a visible focus ring; pins work with Enter; nothing is reachable only by mouse.
 */
import { expect, test, type Page } from '@playwright/test';
import { liveMap, loadContent, storyTools } from './helpers';

const content = loadContent();

test.use({ reducedMotion: 'reduce' });

/** What has focus, described enough to tell the kinds of control apart. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		return {
			tag: el.tagName.toLowerCase(),
			id: el.id,
			classes: el.className && typeof el.className === 'string' ? el.className : '',
			href: el.getAttribute('href'),
			text: (el.textContent ?? '').trim().slice(0, 60),
			slug: el.dataset.slug ?? null,
			inChapters: !!el.closest('nav[aria-label="Chapters"]'),
			outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) || 0 : 0
		};
	});
}

type Stop = NonNullable<Awaited<ReturnType<typeof focused>>>;

/** Presses Tab from the top of the page until `done` says so (or the focus comes round again). */
async function tabThrough(page: Page, done: (stops: Stop[]) => boolean, max = 900) {
	const stops: Stop[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		if (!f) continue;
		stops.push(f);
		if (done(stops)) break;
	}
	return stops;
}

test.describe('with a keyboard only, the story', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await liveMap(page);
		await storyTools(page, content.chapters.length);
	});

	test('offers the skip link first, and it moves focus to the main content', async ({ page }) => {
		await page.keyboard.press('Tab');
		const first = await focused(page);
		expect(first?.classes).toContain('skip');
		await expect(page.locator('a.skip')).toBeVisible();
		expect(first?.outline).toBeGreaterThan(0);
		await page.keyboard.press('Enter');
		await expect(page.locator('main#main')).toBeFocused();
		// and Tab goes on from there, into the story, not back to the header
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
	});

	test('reaches the chapter links, "Cite this", the map’s pins and its zoom buttons', async ({
		page
	}) => {
		test.setTimeout(180_000); // a few hundred Tab presses
		const stops = await tabThrough(
			page,
			(s) =>
				s.some((f) => f.slug) &&
				s.some((f) => f.classes.includes('leaflet-control-zoom-in')) &&
				s.some((f) => f.classes.includes('leaflet-control-zoom-out'))
		);
		const chapterLinks = stops.filter((f) => f.inChapters).map((f) => f.href);
		expect(chapterLinks).toEqual(
			[...content.chapters].sort((a, b) => a.order - b.order).map((c) => `#${c.id}`)
		);
		const cite = stops.filter((f) => f.tag === 'summary' && f.text === 'Cite this');
		expect(cite.length).toBe(content.chapters.length);
		const pins = stops.filter((f) => f.slug);
		expect(pins.length).toBeGreaterThan(0);
		for (const pin of pins)
			expect(pin.outline, `focus ring on the pin ${pin.slug}`).toBeGreaterThan(0);
		for (const zoom of stops.filter((f) => f.classes.includes('leaflet-control-zoom')))
			expect(zoom.outline, `focus ring on ${zoom.classes}`).toBeGreaterThan(0);
		// every stop shows where the focus is
		const invisible = stops.filter((f) => f.outline === 0 && f.tag !== 'main');
		expect(invisible, 'controls with no visible focus ring').toEqual([]);
	});

	test('a pin reached with Tab works with Enter', async ({ page }) => {
		// Tab on from the end of the text into the map, to the first pin
		await page.locator('footer.end a').last().focus();
		let slug: string | null = null;
		for (let i = 0; i < 60 && !slug; i++) {
			await page.keyboard.press('Tab');
			slug = (await focused(page))?.slug ?? null;
		}
		expect(slug, 'a pin is reached with Tab').not.toBeNull();
		const chapters = [...content.chapters]
			.sort((a, b) => a.order - b.order)
			.filter((c) => c.places.includes(slug!));
		expect(chapters.length).toBeGreaterThan(0);
		await page.keyboard.press('Enter');
		if (chapters.length > 1) {
			// several chapters: a list of them opens, with the focus on the first
			await expect(page.locator('.pin-popup a').first()).toBeFocused();
			await expect(page.locator('.pin-popup a')).toHaveCount(chapters.length);
			await page.keyboard.press('Enter');
		}
		await expect(page.locator(`#${chapters[0]!.id}`)).toBeInViewport();
		await expect(page.locator(`#${chapters[0]!.id}`)).toHaveClass(/active/);
	});

	test('has nothing that only a mouse can reach', async ({ page }) => {
		// Every chapter's tools slot is marked as a mount target, which the scan below passes over.
		await expect(page.locator('section.chapter [data-tools][data-island]')).toHaveCount(
			content.chapters.length
		);
		// Elements that listen for clicks: Svelte's delegated handlers (el.__click and friends)
		// and listeners added directly (found through the DevTools protocol).
		const cdp = await page.context().newCDPSession(page);
		const { result } = await cdp.send('Runtime.evaluate', {
			expression: 'Array.from(document.querySelectorAll("body *"))'
		});
		const { result: props } = await cdp.send('Runtime.getProperties', {
			objectId: result.objectId!,
			ownProperties: true
		});
		const mouseOnly: string[] = [];
		const types = /^(click|dblclick|mousedown|mouseup|pointerdown|pointerup)$/;
		for (const p of props) {
			if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
			const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
				objectId: p.value.objectId
			});
			const { result: info } = await cdp.send('Runtime.callFunctionOn', {
				objectId: p.value.objectId,
				returnByValue: true,
				functionDeclaration: `function () {
					const el = this;
					const svelte = ['__click', '__mousedown', '__pointerdown', '__dblclick'].some((k) => typeof el[k] === 'function');
					const native = el.matches('a[href], button, summary, input, select, textarea, [contenteditable]');
					const focusable = el.tabIndex >= 0 && el.getAttribute('tabindex') !== null;
					const role = el.getAttribute('role');
					return {
						svelte, native, focusable, role,
						hidden: !el.getClientRects().length || el.closest('[aria-hidden="true"], [inert]') !== null,
						container: el.classList.contains('leaflet-container'),
						island: el.hasAttribute('data-island'),
						leafletSurface: !!el.closest('.leaflet-container') && (el.tagName === 'CANVAS' || el.classList.contains('leaflet-control')),
						what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
					};
				}`
			});
			const el = info.value as {
				svelte: boolean;
				native: boolean;
				focusable: boolean;
				role: string | null;
				hidden: boolean;
				container: boolean;
				island: boolean;
				leafletSurface: boolean;
				what: string;
			};
			const clicks = el.svelte || listeners.some((l) => types.test(l.type));
			if (!clicks || el.hidden) continue;
			// The map's own surface (its container and canvases) listens for drags and clicks; it is
			// focusable, moves with the arrow keys and +/-, and every pin on it is its own control.
			// Leaflet's controls listen for clicks only to stop them reaching the map.
			if (el.container || el.leafletSurface) continue;
			// Svelte listens on a mount target to hand clicks to the controls inside it; mountIslands
			// (src/lib/story/islands.ts) marks every slot it mounts into [data-island].
			if (el.island) continue;
			const reachable = el.native || (el.focusable && !!el.role);
			if (!reachable) mouseOnly.push(el.what);
		}
		expect(mouseOnly, `clickable but not reachable by keyboard:\n${mouseOnly.join('\n')}`).toEqual(
			[]
		);
	});
});
