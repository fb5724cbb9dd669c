/**
 * The map on a bad network: with the Leaflet chunk, or the basemap, blocked, every page with a map
 * keeps the picture of its view, says in one line that the interactive map could not load, and
 * brings the live map when the reader tries again with the network back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from './helpers';

const content = loadContent();
const place = content.places[0]!;
const chapter = content.chapters.find((c) => c.places.length)!;
const FAULT = 'The interactive map could not load.';

const pages = [
	['the story', '/', '/maps/overview.svg'],
	['a place page', `/places/${place.slug}`, `/maps/views/places/${place.slug}.svg`],
	['a chapter page', `/chapters/${chapter.id}`, `/maps/views/chapters/${chapter.id}.svg`],
	['a slide', `/present/${chapter.id}`, `/maps/views/chapters/${chapter.id}.svg`]
] as const;

/** Leaflet's chunk in the build the tests run on, found by its content (chunks are named by hash). */
const chunks = new URL('../build/_app/immutable/chunks/', import.meta.url);
const leafletChunks = () =>
	readdirSync(chunks).filter((f) =>
		readFileSync(new URL(f, chunks), 'utf8').includes('leafletjs.com')
	);

/**
 * Blocks Leaflet's chunk or every basemap file until `lift` is called; `blocked` lists what was
 * blocked.
 */
async function block(page: Page, what: 'Leaflet' | 'basemap') {
	// Read when the test runs: the build is made after the test files are collected.
	const leafletChunk = leafletChunks();
	expect(leafletChunk, 'one chunk holds Leaflet').toHaveLength(1);
	const blocked: string[] = [];
	let on = true;
	const url = what === 'basemap' ? '**/basemap/*' : `**/_app/immutable/chunks/${leafletChunk[0]}`;
	await page.route(url, (route) => {
		if (!on) return route.fallback();
		blocked.push(route.request().url());
		return route.abort();
	});
	return { blocked, lift: () => (on = false) };
}

/**
 * The reader's first moves, once the page's script listens: a scroll to the map where it is below
 * the fold, the mouse onto it.
 */
async function pointAtMap(page: Page) {
	const map = page.locator('.story-map');
	await expect(map).toHaveAttribute('data-map', /./);
	await map.scrollIntoViewIfNeeded();
	const box = (await map.boundingBox())!;
	await map.hover({ position: { x: 4, y: box.height - 4 } });
}

/** What a reader sees when the live map could not load: the picture, the line, no empty map. */
async function expectFault(page: Page, picture: string | RegExp) {
	const map = page.locator('.story-map');
	await expect(map.getByRole('status')).toContainText(FAULT);
	await expect(map.getByRole('button', { name: 'Try again' })).toBeVisible();
	const img = map.locator('img.preview');
	await expect(img).toBeVisible();
	await expect(img).toHaveAttribute('src', picture);
	expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
	// No live map under it: no empty box, no pins on an empty sea, no basemap credit...
	await expect(map.locator('.leaflet-container')).toHaveCount(0);
	await expect(map.locator('.story-pin')).toHaveCount(0);
	await expect(map.getByText('Basemap: Natural Earth')).toHaveCount(0);
	// ...and no zoom buttons that would act on a map the reader cannot see.
	await expect(page.getByRole('button', { name: /zoom (in|out)/i })).toHaveCount(0);
}

for (const what of ['Leaflet', 'basemap'] as const)
	test.describe(`with ${what === 'Leaflet' ? 'the Leaflet chunk' : 'the basemap'} blocked`, () => {
		for (const [name, path, picture] of pages)
			test(`${name} keeps its picture, says so, and tries again`, async ({ page }) => {
				const net = await block(page, what);
				await page.goto(path);
				await pointAtMap(page);
				await expectFault(page, picture);
				expect(net.blocked.length).toBeGreaterThan(0);

				net.lift();
				await page.getByRole('button', { name: 'Try again' }).click();
				const map = page.locator('.story-map');
				await expect(map.locator('[data-ready]')).toBeVisible();
				await expect(map.getByText(FAULT)).toHaveCount(0);
				await expect(map.locator('img.preview')).toHaveCount(0);
				await expect(map.locator('.story-pin').first()).toBeVisible();
				await expect(map.getByRole('button', { name: 'Zoom in' })).toBeVisible();
				// The focus waited on the map, where the live map now is.
				await expect(map).toBeFocused();
			});
	});

test('a try that fails again says so, and gives the focus back to the button', async ({ page }) => {
	const net = await block(page, 'Leaflet');
	await page.goto(`/places/${place.slug}`);
	await pointAtMap(page);
	const again = page.getByRole('button', { name: 'Try again' });
	await again.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.story-map').getByText(FAULT)).toBeVisible();
	await expect(again).toBeFocused();
	expect(net.blocked.length).toBeGreaterThan(1);
	// With the network back, the keyboard brings the live map.
	net.lift();
	await page.keyboard.press('Enter');
	await expect(page.locator('.story-map [data-ready]')).toBeVisible();
	await expect(page.locator('.story-map')).toBeFocused();
});

test('on the story, the picture follows the chapters while the live map cannot load', async ({
	page
}) => {
	const [one, two] = content.chapters.filter((c) => c.places.length);
	await block(page, 'basemap');
	await page.goto(`/#${one!.id}`);
	const map = page.locator('.story-map');
	await expectFault(page, `/maps/views/chapters/${one!.id}.svg`);
	// The reader scrolls on to the next chapter: its picture comes with it.
	await page.locator(`section.chapter#${two!.id} h2`).scrollIntoViewIfNeeded();
	await page.mouse.move(100, 300);
	await page.mouse.wheel(0, 200);
	await expect(map.locator('img.preview')).toHaveAttribute(
		'src',
		`/maps/views/chapters/${two!.id}.svg`
	);
	await expect(map.getByText(FAULT)).toBeVisible();
	await expect(page.getByRole('button', { name: /zoom (in|out)/i })).toHaveCount(0);
});

for (const viewport of [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
])
	test(`the line fits on one line on ${viewport.name}, and the picture fills the map`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await block(page, 'Leaflet');
		for (const [, path] of pages) {
			await page.goto(path);
			await pointAtMap(page);
			const line = page.locator('.story-map').getByRole('status');
			await expect(line).toContainText(FAULT);
			const box = (await line.boundingBox())!;
			const button = (await line.getByRole('button', { name: 'Try again' }).boundingBox())!;
			// One line: the button sits beside the words, not under them.
			expect(button.y, path).toBeLessThan(box.y + box.height / 2);
			const map = (await page.locator('.story-map').boundingBox())!;
			const img = (await page.locator('.story-map img.preview').boundingBox())!;
			expect(img.x, path).toBeLessThanOrEqual(map.x + 1);
			expect(img.x + img.width, path).toBeGreaterThanOrEqual(map.x + map.width - 1);
			expect(img.y, path).toBeLessThanOrEqual(map.y + 1);
			expect(img.y + img.height, path).toBeGreaterThanOrEqual(map.y + map.height - 1);
		}
	});
