/**
 * The engine on a story it was not written for: tests/fixtures/harbour-parcel, a fictional
 * fixture story in Chile and Fiji, built with CONTENT_DIR into build-harbour-parcel/ and served on
 * TEST_PORT + 1 (playwright.config.ts, project "fixture-story"). Every page type opens with the
 * fixture's own words and no error; none carries a word of the story in data/.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readContentDir } from '../src/lib/content/read-files.server';
import { validateContent } from '../src/lib/content/validate';
import { collectErrors, liveMap, shot, squash } from './helpers';

const fixture = validateContent(
	readContentDir(path.resolve(import.meta.dirname, 'fixtures/harbour-parcel'))
);
const [first] = fixture.chapters;
const OTHER_STORY = /albania|tirana|tehran|washington|balkan|durr|iran\b/i;

async function opens(page: Page, url: string, heading: string | RegExp, status = 200) {
	const problems = collectErrors(page);
	const res = await page.goto(url);
	expect(res?.status()).toBe(status);
	await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
	const text = squash(await page.locator('body').innerText());
	const head = await page.locator('head').innerHTML();
	expect(`${text} ${head}`).not.toMatch(OTHER_STORY);
	await page.waitForLoadState('networkidle');
	expect(problems.all()).toEqual([]);
}

test('the story page tells the fixture story over its own map', async ({ page }) => {
	await opens(page, '/', fixture.story.title);
	// The overview picture first, drawn at build time from the fixture's basemap.
	await expect(page.locator('.story-map img.preview')).toHaveAttribute(
		'alt',
		'Map of every place in the story, from Santiago to Suva'
	);
	await shot(page, 'fixture-story-top');
	await expect(page.locator('[aria-live="polite"]')).toHaveText(
		'Map: every place in the story, from Santiago to Suva'
	);
	// A reader's scroll starts the live map.
	await page.mouse.move(200, 400);
	await page.mouse.wheel(0, 300);
	await expect(page.locator('.story-map [data-ready]')).toBeVisible();
	await expect(page.locator('.story-pin')).toHaveCount(fixture.places.length);
	await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
		'content',
		'Map of the places in the story, from Santiago to Suva'
	);
	for (const c of fixture.chapters)
		await expect(page.locator(`section[id="${c.id}"] h2`)).toHaveText(c.title);
});

test('a port page shows the port on the land of its own coast tier', async ({ page }) => {
	await opens(page, '/places/valparaiso', 'Valparaíso');
	await liveMap(page);
	const map = page.locator('[data-ready]').first();
	await expect(map).toBeVisible();
	await expect(map).toHaveAttribute('data-tiers', /\bcoast-valparaiso\b/);
	await expect(page.locator('.story-pin[data-slug="valparaiso"]')).toBeVisible();
	await shot(page, 'fixture-port-valparaiso');
});

test.describe('the basemap, whichever tier arrives last', () => {
	test.use({ reducedMotion: 'reduce' });
	/**
	 * Valparaíso's map once all its tiers are drawn, with `last` held back until the other
	 * detailed tier is drawn: the coarse country tier and the accurate coast come in either order.
	 */
	async function portMap(page: Page, last: string, other: string) {
		let release = () => {};
		const others = new Promise<void>((r) => (release = r));
		await page.route(`**/basemap/${last}.json`, async (route) => {
			await others;
			await route.continue();
		});
		await page.goto('/places/valparaiso');
		await liveMap(page);
		const map = page.locator('[data-ready]').first();
		await expect(map).toHaveAttribute('data-tiers', new RegExp(`\\b${other}\\b`));
		release();
		await expect(map).toHaveAttribute('data-tiers', new RegExp(`\\b${last}\\b`));
		return map.screenshot();
	}

	test('the accurate coast at a port is drawn over the coarse tier', async ({ page }) => {
		const coastLast = await portMap(page, 'coast-valparaiso', 'detail-santiago');
		const coarseLast = await portMap(page, 'detail-santiago', 'coast-valparaiso');
		expect(coarseLast.equals(coastLast), 'the map differs with the coarse tier drawn last').toBe(
			true
		);
	});
});

test('a place beside the antimeridian gets its detailed tiers', async ({ page }) => {
	await opens(page, '/places/suva', 'Suva');
	await liveMap(page);
	await expect(page.locator('[data-ready]').first()).toHaveAttribute(
		'data-tiers',
		/\bdetail-suva-a\b.*\bcoast-suva\b|\bcoast-suva\b.*\bdetail-suva-a\b/
	);
});

test('the places, timeline and sources pages speak of the fixture', async ({ page }) => {
	await opens(page, '/places', 'Places');
	await expect(page.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		`Every place in the story of ${fixture.story.about}.`
	);
	await opens(page, '/timeline', 'Timeline');
	await expect(page.getByText('The fictional parcel reaches Suva')).toBeVisible();
	await opens(page, '/sources', 'Sources');
	await expect(
		page.getByText('This story is told from two fictional fixture documents')
	).toBeVisible();
});

test('chapter, slide, presenter and handout pages open for the fixture', async ({ page }) => {
	await opens(page, `/chapters/${first!.id}`, first!.title);
	await opens(page, `/present/${first!.id}`, first!.title);
	const problems = collectErrors(page);
	await page.goto(`/present/${first!.id}/presenter`);
	await expect(page.getByText(first!.notes[0]!)).toBeVisible();
	expect(problems.all()).toEqual([]);
	await opens(page, '/handout', fixture.story.title);
});

test("an unknown address answers 404 with the fixture's places as ways back", async ({ page }) => {
	const problems = collectErrors(page);
	const res = await page.goto('/no-such-page');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('link', { name: 'Valparaíso' })).toBeVisible();
	expect(squash(await page.locator('body').innerText())).not.toMatch(OTHER_STORY);
	// The browser logs the 404 itself; nothing else may go wrong.
	expect(problems.page).toEqual([]);
	expect(problems.foreignRequests).toEqual([]);
});

test.describe('evidence', () => {
	const cites = first!.paragraphs.flat().filter((t) => t.type === 'cite');
	const cite = cites[0]!;
	const doc = fixture.sources.find((s) => s.id === cite.source)!;

	test('a marker opens its passage in its sentence, and its link lands on the passage in the document', async ({
		page
	}) => {
		await opens(page, '/', fixture.story.title);
		const section = page.locator(`section[id="${first!.id}"]`);
		await expect(section.locator('a[data-cite]')).toHaveCount(cites.length);
		const marker = section.getByRole('link', { name: 'Source 1', exact: true });
		await marker.click();
		const pop = page.getByRole('dialog', { name: 'Source 1' });
		await expect(pop).toBeVisible();
		await expect(pop.locator(`q[data-source="${cite.source}"]`)).toHaveText(cite.passage);
		await expect(pop).toBeFocused();
		await shot(page, 'fixture-evidence-open');
		// Esc closes it and gives focus back to the marker; Enter on the marker opens it again.
		await page.keyboard.press('Escape');
		await expect(pop).toBeHidden();
		await expect(marker).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(pop).toBeVisible();
		await expect(page).not.toHaveURL(/-note-1$/); // opened beside the marker, not at the note
		// The document's name leads to the passage, marked, on the document's page.
		await pop.getByRole('link', { name: doc.short }).click();
		await expect(page).toHaveURL(new RegExp(`/sources/${doc.id}#passage-`));
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		const mark = page.locator(`mark[id="${id}"]`);
		await expect(mark).toBeVisible();
		await expect(mark).toHaveText(cite.passage);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('each marker leads to its note under the chapter', async ({ page }) => {
			await page.goto('/');
			const section = page.locator(`section[id="${first!.id}"]`);
			const notes = section.getByRole('complementary', { name: 'Evidence' }).getByRole('listitem');
			await expect(notes).toHaveCount(cites.length);
			for (const [i, c] of cites.entries())
				await expect(notes.nth(i).locator(`q[data-source="${c.source}"]`)).toHaveText(c.passage);
			await section.getByRole('link', { name: 'Source 2', exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`#${first!.id}-note-2$`));
			await expect(notes.nth(1)).toBeInViewport();
			// and back from the note to its place in the text
			await notes.nth(1).getByRole('link', { name: 'Back to the text at source 2' }).click();
			await expect(page).toHaveURL(new RegExp(`#${first!.id}-cite-2$`));
		});
	});

	test('places and events show the passages they rest on', async ({ page }) => {
		const place = fixture.places[0]!;
		await opens(page, `/places/${place.slug}`, place.name);
		const own = place.descriptionProse.flat().filter((t) => t.type === 'cite');
		const notes = page.getByRole('complementary', { name: 'Evidence for the description' });
		await expect(notes.locator('q[data-source]')).toHaveText(own.map((c) => c.passage));
		await opens(page, '/timeline', 'Timeline');
		for (const e of fixture.events)
			await expect(page.locator(`[id="event-${e.id}"] q[data-source]`)).toHaveText(
				(e.cites ?? []).map((c) => c.passage)
			);
	});
});
