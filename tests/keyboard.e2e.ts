/**
 * The story with a keyboard only: the skip link first, then everything a mouse can reach, each
 * with a visible focus ring; pins work with Enter; nothing is reachable only by mouse. The map is
 * one tab stop, with the arrow keys between its pins, and moving about it never moves the page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { liveMap, loadContent, pinInView, shot, storyTools } from './helpers';
import { contrast, screenColours } from './pixels';

const content = loadContent();

test.use({ reducedMotion: 'reduce' });

/** What has focus, described enough to tell the kinds of control apart (runs in the page). */
function describeFocus(el: HTMLElement | null) {
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
}

type Described = ReturnType<typeof describeFocus>;
/** The page gets describeFocus as window.__describe (evaluated as code by the DevTools, not eval). */
async function installDescribe(page: Page) {
	await page.evaluate(`window.__describe = ${describeFocus.toString()}`);
}

/** What has focus now. */
async function focused(page: Page): Promise<Described> {
	await installDescribe(page);
	return page.evaluate(() =>
		(window as unknown as { __describe: (el: Element | null) => unknown }).__describe(
			document.activeElement
		)
	) as Promise<Described>;
}

type Stop = NonNullable<Described>;

/**
 * Presses Tab from the top of the page until `done` says so (or `max` presses). The keys are real
 * key events (the DevTools protocol's Input.dispatchKeyEvent, as Playwright's keyboard.press
 * sends them), sent in batches without waiting for each: the page records every element the focus
 * lands on as it lands (focusin), so a few hundred stops take seconds, not minutes of round trips.
 */
async function tabThrough(page: Page, done: (stops: Stop[]) => boolean, max = 900) {
	await installDescribe(page);
	await page.evaluate(() => {
		const page = window as unknown as {
			__stops: unknown[];
			__describe: (el: Element | null) => unknown;
		};
		page.__stops = [];
		document.addEventListener('focusin', (e) => {
			const stop = page.__describe(e.target as Element);
			if (stop) page.__stops.push(stop);
		});
	});
	const cdp = await page.context().newCDPSession(page);
	const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
	const BATCH = 25;
	let stops: Stop[] = [];
	for (let sent = 0; sent < max; sent += BATCH) {
		const presses = [];
		for (let i = 0; i < BATCH; i++)
			presses.push(
				cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key }),
				cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })
			);
		await Promise.all(presses);
		stops = await page.evaluate(() => (window as unknown as { __stops: Stop[] }).__stops);
		const end = stops.findIndex((_, i) => done(stops.slice(0, i + 1)));
		if (end >= 0) return stops.slice(0, end + 1);
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
		await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeVisible();
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
		// Some 850 Tab presses: about 8 s on a quiet machine, in batches (tabThrough).
		test.setTimeout(60_000);
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
		// and listeners added directly, found through the DevTools protocol in one call for the
		// whole document (each node that listens is marked, then one pass in the page checks all).
		const cdp = await page.context().newCDPSession(page);
		const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document' });
		const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
			objectId: doc.objectId!,
			depth: -1,
			pierce: true
		});
		const types = /^(click|dblclick|mousedown|mouseup|pointerdown|pointerup)$/;
		const listening = new Set(
			listeners.filter((l) => types.test(l.type) && l.backendNodeId).map((l) => l.backendNodeId!)
		);
		// The document's own listeners (Svelte delegates to it) have no node of their own here.
		expect(listeners.length).toBeGreaterThan(0);
		for (const backendNodeId of listening) {
			const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
			await cdp.send('Runtime.callFunctionOn', {
				objectId: object.objectId!,
				functionDeclaration: 'function () { this.__listensForClicks = true; }'
			});
		}
		const mouseOnly = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('body *')].flatMap((el) => {
				const own = el as HTMLElement & Record<string, unknown>;
				const svelte = ['__click', '__mousedown', '__pointerdown', '__dblclick'].some(
					(k) => typeof own[k] === 'function'
				);
				if (!svelte && !own.__listensForClicks) return [];
				if (!el.getClientRects().length || el.closest('[aria-hidden="true"], [inert]')) return [];
				// The map's own surface (its container and canvases) listens for drags and clicks; it
				// is focusable, moves with the arrow keys and +/-, and every pin on it is its own
				// control. Leaflet's controls listen for clicks only to stop them reaching the map.
				if (el.classList.contains('leaflet-container')) return [];
				if (
					el.closest('.leaflet-container') &&
					(el.tagName === 'CANVAS' || el.classList.contains('leaflet-control'))
				)
					return [];
				// Svelte listens on a mount target to hand clicks to the controls inside it;
				// mountIslands (src/lib/story/islands.ts) marks every slot it mounts into [data-island].
				if (el.hasAttribute('data-island')) return [];
				const native = el.matches(
					'a[href], button, summary, input, select, textarea, [contenteditable]'
				);
				// A pin out of the Tab order (tabindex -1) is reached with the arrow keys from the one in it.
				const roving = el.classList.contains('story-pin') && el.getAttribute('tabindex') === '-1';
				const focusable = (el.tabIndex >= 0 && el.getAttribute('tabindex') !== null) || roving;
				if (native || (focusable && el.getAttribute('role'))) return [];
				const cls = typeof el.className === 'string' ? el.className.trim() : '';
				return [
					el.tagName.toLowerCase() +
						(el.id ? '#' + el.id : '') +
						(cls ? '.' + cls.split(/\s+/).join('.') : '')
				];
			})
		);
		expect(mouseOnly, `clickable but not reachable by keyboard:\n${mouseOnly.join('\n')}`).toEqual(
			[]
		);
	});
});

/** Where the page is: moving the focus about the map must change neither. */
const where = (page: Page) =>
	page.evaluate(() => ({ scrollY: Math.round(scrollY), address: location.href }));

/** The focused pin's slug and centre, or null when no pin has the focus. */
const focusedPin = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el?.classList.contains('story-pin')) return null;
		const r = el.getBoundingClientRect();
		return { slug: el.dataset.slug!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
	});

/** The pins that can take the focus, with their centres and whether each is the tab stop. */
const focusablePins = (page: Page) =>
	page.locator('.story-pin[tabindex]').evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return {
				slug: (el as HTMLElement).dataset.slug!,
				x: r.left + r.width / 2,
				y: r.top + r.height / 2,
				stop: el.getAttribute('tabindex') === '0'
			};
		})
	);

/** Opens the story at a chapter and waits until nothing more mounts (so nothing shifts). */
async function openChapter(page: Page, id: string) {
	await page.goto(`/#${id}`);
	await expect(page.locator(`#${id}`)).toHaveClass(/active/);
	await liveMap(page);
	await storyTools(page, content.chapters.length);
	await expect(page.locator('.story-pin[tabindex="0"]')).toHaveCount(1);
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * The contrast of a focus ring against what is next to it, read from the screen: the colours at
 * `ring` and at `behind` (viewport coordinates, from the box of `el`).
 */
async function ringContrast(
	page: Page,
	el: Locator,
	ring: (b: Box) => [number, number],
	behind: (b: Box) => [number, number]
) {
	const b = (await el.boundingBox())!;
	const [r, k] = await screenColours(page, [ring(b), behind(b)]);
	return { ratio: contrast(r!, k!), ring: r, behind: k };
}

test.describe('the map with a keyboard', () => {
	test('on /#ports, Tab from a pin goes on to the zoom buttons; the page stays put', async ({
		page
	}) => {
		await openChapter(page, 'ports');
		// only pins on screen can take the focus, and one of them is the map's tab stop
		const pins = await focusablePins(page);
		expect(pins.length).toBeGreaterThan(0);
		for (const p of pins) expect(await pinInView(page, p.slug), p.slug).toBe(true);
		const stop = page.locator('.story-pin[tabindex="0"]');
		await expect(stop).toHaveAttribute('aria-current', 'true');
		await stop.focus();
		const slug = (await focusedPin(page))!.slug;
		const before = await where(page);
		expect(before.address).toMatch(/#ports$/);
		await page.keyboard.press('Tab');
		await expect(page.locator('.leaflet-control-zoom-in')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.locator('.leaflet-control-zoom-out')).toBeFocused();
		expect(await where(page)).toEqual(before);
		// and back: the map's one stop is the pin the reader left
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		expect((await focusedPin(page))?.slug).toBe(slug);
		expect(await where(page)).toEqual(before);
		await expect(page.locator('#ports')).toHaveClass(/active/);
	});

	test('the arrow keys move between the pins on screen, never the page', async ({ page }) => {
		await openChapter(page, 'neighbours');
		await page.locator('.story-pin[tabindex="0"]').focus();
		const before = await where(page);
		let moved = 0;
		for (const [key, dx, dy] of [
			['ArrowRight', 1, 0],
			['ArrowDown', 0, 1],
			['ArrowLeft', -1, 0],
			['ArrowUp', 0, -1],
			['ArrowLeft', -1, 0],
			['ArrowUp', 0, -1],
			['ArrowRight', 1, 0],
			['ArrowDown', 0, 1]
		] as const) {
			const from = (await focusedPin(page))!;
			const others = (await focusablePins(page)).filter((p) => p.slug !== from.slug);
			const ahead = (p: { x: number; y: number }) => (p.x - from.x) * dx + (p.y - from.y) * dy;
			const somewhere = others.some((p) => ahead(p) > 1);
			await page.keyboard.press(key);
			const to = (await focusedPin(page))!;
			expect(to, `${key}: the focus stays on a pin`).not.toBeNull();
			if (somewhere) {
				expect(to.slug, `${key} from ${from.slug}`).not.toBe(from.slug);
				expect(ahead(to), `${key}: ${to.slug} lies that way from ${from.slug}`).toBeGreaterThan(0);
				expect(await pinInView(page, to.slug)).toBe(true);
				moved++;
			} else expect(to.slug, `${key}: no pin that way`).toBe(from.slug);
			// the pin with the focus is the map's one tab stop
			const stops = (await focusablePins(page)).filter((p) => p.stop).map((p) => p.slug);
			expect(stops).toEqual([to.slug]);
			expect(await where(page)).toEqual(before);
		}
		expect(moved, 'the arrows moved the focus').toBeGreaterThan(1);
		await page.keyboard.press('Tab');
		await expect(page.locator('.leaflet-control-zoom-in')).toBeFocused();
	});

	test('Esc closes a pin’s popup and gives the focus back to its pin', async ({ page }) => {
		await openChapter(page, 'july-attack');
		const chapters = content.chapters.filter((c) => c.places.includes('tirana'));
		expect(chapters.length).toBeGreaterThan(1);
		const pin = page.locator('.story-pin[data-slug="tirana"]');
		await expect(pin).toHaveAttribute('role', 'button');
		await pin.focus();
		const before = await where(page);
		await page.keyboard.press('Enter');
		const links = page.locator('.pin-popup a');
		await expect(links).toHaveCount(chapters.length);
		await expect(links.first()).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator('.pin-popup')).toHaveCount(0);
		await expect(pin).toBeFocused();
		expect(await where(page)).toEqual(before);
		// Esc again, with no popup, leaves the pin where it is
		await page.keyboard.press('Escape');
		await expect(pin).toBeFocused();
	});

	for (const viewport of [
		{ name: 'desktop', width: 1280, height: 800 },
		{ name: 'phone', width: 390, height: 844 }
	])
		test(`"Skip to the map" comes second on the story and focuses the map, ringed (${viewport.name})`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: 'Skip to the map' });
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport();
			await page.keyboard.press('Enter');
			const map = page.locator('.story-map');
			await expect(map).toBeFocused();
			await expect(map.locator('[data-ready]')).toBeVisible();
			expect(await where(page)).toEqual({ scrollY: 0, address: new URL('/', page.url()).href });
			// the ring is inside the map's edge (the box around it clips anything outside)
			const edge = await ringContrast(
				page,
				map,
				(b) => [b.x + 1.5, b.y + b.height / 2],
				(b) => [b.x + 12, b.y + b.height / 2]
			);
			expect(edge.ratio, `map ring ${edge.ring} on ${edge.behind}`).toBeGreaterThanOrEqual(3);
			await shot(page, `map-focus-${viewport.name}`);
			// Tab: into the map, on one of its pins: a blue ring, with white about it so it shows on
			// the sea, the land, a highlighted country or a pin next to it
			await page.keyboard.press('Tab');
			const pin = await focusedPin(page);
			expect(pin, 'a pin has the focus').not.toBeNull();
			expect(await pinInView(page, pin!.slug)).toBe(true);
			const ring = await ringContrast(
				page,
				page.locator(`.story-pin[data-slug="${pin!.slug}"]`),
				(b) => [b.x + b.width / 2, b.y - 0.5],
				(b) => [b.x + b.width / 2, b.y - 3]
			);
			expect(ring.ratio, `pin ring ${ring.ring} on ${ring.behind}`).toBeGreaterThanOrEqual(3);
			await shot(page, `pin-focus-${viewport.name}`);
			expect((await where(page)).scrollY).toBe(0);
		});

	for (const [name, address] of [
		['a place page', '/places/tirana'],
		['a slide', `/present/${content.chapters[0]!.id}`]
	] as const)
		test(`${name} offers "Skip the map" before the map's one stop`, async ({ page }) => {
			await page.goto(address);
			await liveMap(page);
			await expect(page.locator('.story-pin[tabindex="0"]')).toHaveCount(1);
			let i = 0;
			for (; i < 12; i++) {
				await page.keyboard.press('Tab');
				expect(await focusedPin(page), 'no pin before the skip link').toBeNull();
				if (
					await page
						.getByRole('link', { name: 'Skip the map' })
						.evaluate((a) => a === document.activeElement)
				)
					break;
			}
			expect(i, '"Skip the map" is reached').toBeLessThan(12);
			await expect(page.getByRole('link', { name: 'Skip the map' })).toBeInViewport();
			// without it: the map is one pin and the zoom buttons, then the page goes on
			const here = page.url();
			await page.keyboard.press('Tab');
			expect(await focusedPin(page)).not.toBeNull();
			// the arrows are the map's while a pin has the focus (not the next slide's), and the map
			// does not pan to a focused pin: every pin stays where it was
			const at = new Map((await focusablePins(page)).map((p) => [p.slug, p]));
			for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
				await page.keyboard.press(key);
				const now = (await focusedPin(page))!;
				expect(now, `${key}: a pin has the focus`).not.toBeNull();
				expect(
					Math.abs(now.x - at.get(now.slug)!.x) + Math.abs(now.y - at.get(now.slug)!.y)
				).toBeLessThan(1);
			}
			expect(page.url()).toBe(here);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			const past = await page.evaluate(() => !document.activeElement?.closest('.story-map'));
			expect(past, 'out of the map after its three stops').toBe(true);
			// with it: straight past the map, and on with Tab from there
			for (let j = 0; j < 4; j++) await page.keyboard.press('Shift+Tab');
			await expect(page.getByRole('link', { name: 'Skip the map' })).toBeFocused();
			const before = page.url();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('.story-map'))).toBe(
				false
			);
			expect(await focusedPin(page)).toBeNull();
			expect(page.url()).toBe(before);
		});

	test('the focus ring on the dark header stands out from it', async ({ page }) => {
		await page.goto('/places/tirana');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const brand = page.locator('header.site a.brand');
		await expect(brand).toBeFocused();
		// the ring: 3 px wide, 2 px outside the link; the header 8 px out
		const ring = await ringContrast(
			page,
			brand,
			(b) => [b.x - 3.5, b.y + b.height / 2],
			(b) => [b.x - 9, b.y + b.height / 2]
		);
		expect(ring.ratio, `ring ${ring.ring} on ${ring.behind}`).toBeGreaterThanOrEqual(3);
		for (const link of ['Places', 'Sources']) {
			while (
				!(await page
					.getByRole('link', { name: link, exact: true })
					.evaluate((a) => a === document.activeElement))
			)
				await page.keyboard.press('Tab');
			const nav = await ringContrast(
				page,
				page.locator('header.site nav a', { hasText: link }),
				(b) => [b.x - 3.5, b.y + b.height / 2],
				(b) => [b.x - 8, b.y + b.height / 2]
			);
			expect(nav.ratio, `${link}: ring ${nav.ring} on ${nav.behind}`).toBeGreaterThanOrEqual(3);
		}
	});
});
