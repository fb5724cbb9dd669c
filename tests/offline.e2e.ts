/**
 * Offline, as in a classroom without a network: after one visit the story, a place page, the
 * slides and the handout still open; the page says it is a saved copy; a new version is announced;
 * an address never saved shows the site's offline page, with links to what was saved.
 */
import { expect, test, type Page } from '@playwright/test';
import { liveMap, loadContent, shot } from './helpers';

// The service worker is what these tests are about (blocked everywhere else).
test.use({ serviceWorkers: 'allow' });

const content = loadContent();
const slide = content.chapters[2]!;
const place = content.places.find((p) => p.slug === 'durres')!;

/** Waits until the service worker has saved the site and controls the page. */
async function installed(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test.describe('offline', () => {
	test('after one visit, the story, a place, a slide and the handout open without a network', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await installed(page);
		// the handout (a teacher's, with its print maps) is saved once opened, not at install
		await page.goto('/handout');
		await expect(page.locator('.map img').first()).toBeVisible();
		await context.setOffline(true);
		try {
			await page.goto(`/places/${place.slug}`);
			await expect(page.locator('h1')).toHaveText(place.name);

			await page.goto(`/present/${slide.id}`);
			await expect(page.locator('h1')).toHaveText(slide.title);
			await liveMap(page);
			// moving on needs nothing more from the network, or from the cache
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('h1')).toHaveText(content.chapters[3]!.title);

			await expect
				.poll(async () => (await page.goto('/handout'))?.status(), { timeout: 15_000 })
				.toBe(200);
			await expect(page.locator('section.chapter')).toHaveCount(content.chapters.length);
			expect(
				await page
					.locator('.map img')
					.first()
					.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
			).toBe(true);

			await page.goto('/');
			await expect(page.locator('h1')).toHaveText(content.story.title);
			await liveMap(page);
			// and it says this is a saved copy
			await expect(page.locator('.update-banner')).toContainText('offline');
		} finally {
			await context.setOffline(false);
		}
	});

	test('a page reading offline does not need is saved once it has been visited', async ({
		page,
		context
	}) => {
		test.setTimeout(60_000);
		const presenter = `/present/${slide.id}/presenter`;
		await page.goto('/');
		await installed(page);
		await context.setOffline(true);
		try {
			// not saved at install: the presenter view is a teacher's, not every reader's
			expect((await page.goto(presenter))?.status()).toBe(503);
			await expect(page.locator('h1')).toHaveText('You are offline');
		} finally {
			await context.setOffline(false);
		}
		await page.goto(presenter);
		await expect(page.locator('#now-title')).toHaveText(slide.title);
		await context.setOffline(true);
		try {
			// saved as it was visited (the worker saves it beside answering: poll until it has)
			await expect
				.poll(async () => (await page.goto(presenter))?.status(), { timeout: 15_000 })
				.toBe(200);
			await expect(page.locator('#now-title')).toHaveText(slide.title);
		} finally {
			await context.setOffline(false);
		}
	});

	test('online, pages come from the network, and say nothing', async ({ page }) => {
		await page.goto('/');
		await installed(page);
		await page.goto(`/places/${place.slug}`);
		await expect(page.locator('h1')).toHaveText(place.name);
		await page.waitForTimeout(300);
		await expect(page.locator('.update-banner')).toHaveCount(0);
	});

	test('a newer version waiting is announced, and Reload brings it in', async ({ page }) => {
		await page.goto('/');
		await installed(page);
		// the next deploy, as the browser sees it: another worker script for the same scope
		await page.evaluate(async () => {
			await navigator.serviceWorker.register('/service-worker.js?next-build');
		});
		const banner = page.locator('.update-banner');
		await expect(banner).toContainText('A newer version of this story is available', {
			timeout: 20_000
		});
		// the page keeps the version it has until the reader chooses
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).not.toMatch(
			/next-build/
		);
		await Promise.all([
			page.waitForEvent('load'),
			banner.getByRole('button', { name: 'Reload' }).click()
		]);
		await expect(page.locator('h1')).toHaveText(content.story.title);
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
			.toMatch(/next-build/);
	});

	test('a page never saved shows the offline page, whose links open the saved pages', async ({
		page,
		context
	}) => {
		// the whole site saved, then several pages opened from it: slow on 2 busy cores
		test.setTimeout(60_000);
		await page.goto('/');
		await installed(page);
		await context.setOffline(true);
		try {
			// an address with a slash is the saved page too
			await page.goto(`/places/${place.slug}/`);
			await expect(page.locator('h1')).toHaveText(place.name);

			const unsaved = '/chapters/never-saved';
			const main = page.locator('main');
			const res = await page.goto(unsaved);
			expect(res?.status()).toBe(503);
			await expect(page).toHaveURL(unsaved);
			await expect(page.locator('h1')).toHaveText('You are offline');
			await page.setViewportSize({ width: 390, height: 844 });
			await shot(page, 'offline-page-phone', { fullPage: true });

			await main.getByRole('link', { name: 'Places', exact: true }).click();
			await expect(page.locator('h1')).toHaveText('Places');

			await page.goto(unsaved);
			await main.getByRole('link', { name: place.name, exact: true }).click();
			await expect(page.locator('h1')).toHaveText(place.name);

			await page.goto(unsaved);
			await main.getByRole('link', { name: 'Presentation', exact: true }).click();
			await expect(page.locator('h1')).toHaveText('Presentation');

			await page.goto(unsaved);
			await main.getByRole('link', { name: slide.title, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`/#${slide.id}$`));
			await expect(page.locator('h1')).toHaveText(content.story.title);
			await expect(page.locator(`#${slide.id}`)).toBeInViewport();
		} finally {
			await context.setOffline(false);
		}
	});

	test('offline with a newer version waiting, the banner still says offline', async ({
		page,
		context
	}) => {
		// the whole site saved, then several pages opened from it: slow on 2 busy cores
		test.setTimeout(60_000);
		await page.goto('/');
		await installed(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.register('/service-worker.js?next-build');
		});
		const banner = page.locator('.update-banner');
		await expect(banner).toContainText('A newer version of this story is available', {
			timeout: 20_000
		});
		await expect(banner).not.toContainText('offline');
		await context.setOffline(true);
		try {
			await expect(banner).toContainText('Working offline');
			await expect(banner).toContainText('A newer version of this story is available');
			await shot(page, 'offline-update-banner');
			// the newer version was saved whole before it waited: Reload works without a network
			await Promise.all([
				page.waitForEvent('load'),
				banner.getByRole('button', { name: 'Reload' }).click()
			]);
			await expect(page.locator('h1')).toHaveText(content.story.title);
			await expect(banner).toContainText('Working offline');
		} finally {
			await context.setOffline(false);
		}
	});
});
