/**
 * Evidence on this story's pages, as a reader meets it: every chapter's cited passages are notes
 * under it without JavaScript, and a marker opens its passage beside the text with it (at phone
 * width too); the place pages' descriptions carry theirs. What data/ cites is what is expected.
 * The engine's own evidence tests run on the fixture story (fixture-story.e2e.ts).
 */
import { expect, test } from '@playwright/test';
import { citesOf as cites, type Paragraph } from '../src/lib/content/prose';
import { loadContent, shot } from './helpers';

const content = loadContent();
const citesOf = (ps: Paragraph[]) => ps.flatMap(cites);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every chapter lists the passages it cites as notes, each linked from its marker', async ({
		page
	}) => {
		await page.goto('/');
		for (const ch of content.chapters) {
			const cites = citesOf(ch.paragraphs);
			expect(cites.length, ch.id).toBeGreaterThan(0);
			const section = page.locator(`section[id="${ch.id}"]`);
			await expect(section.locator('a[data-cite]')).toHaveCount(cites.length);
			// Each chapter's notes are a landmark of their own name, the chapter's title in it.
			const notes = section
				.getByRole('complementary', { name: `Evidence for ${ch.title}`, exact: true })
				.locator('q[data-source]');
			await expect(notes).toHaveCount(cites.length);
			// Each marker links to the note with its passage.
			const targets = await section
				.locator('a[data-cite]')
				.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
			for (const [i, id] of targets.entries())
				await expect(page.locator(`li[id="${id}"] q`)).toHaveAttribute(
					'data-source',
					cites[i]!.source
				);
		}
	});
});

test('at phone width a marker opens its passage as a sheet along the bottom', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const ch = content.chapters[3]!;
	const cite = citesOf(ch.paragraphs)[0]!;
	await page.goto(`/#${ch.id}`);
	const marker = page
		.locator(`section[id="${ch.id}"]`)
		.getByRole('link', { name: 'Source 1', exact: true });
	await marker.click();
	const pop = page.getByRole('dialog', { name: 'Source 1' });
	await expect(pop.locator('q')).toHaveAttribute('data-source', cite.source);
	const box = (await pop.boundingBox())!;
	expect(box.width).toBeGreaterThanOrEqual(389);
	expect(Math.round(box.y + box.height)).toBe(844);
	await shot(page, 'evidence-phone-sheet');
	await pop.getByRole('button', { name: 'Close' }).click();
	await expect(pop).toBeHidden();
	await expect(marker).toBeFocused();
});

test('the neighbours without a quote of their own show their evidence and the documents’ sentences', async ({
	page
}) => {
	for (const slug of ['kosovo', 'montenegro', 'north-macedonia']) {
		const place = content.places.find((p) => p.slug === slug)!;
		await page.goto(`/places/${slug}`);
		const own = citesOf(place.descriptionProse);
		await expect(
			page
				.getByRole('complementary', { name: 'Evidence for the description' })
				.locator('q[data-source]')
		).toHaveCount(own.length);
		await page.locator('.lede').getByRole('link', { name: 'Source 1', exact: true }).click();
		await expect(page.getByRole('dialog', { name: 'Source 1' }).locator('q')).toHaveAttribute(
			'data-source',
			own[0]!.source
		);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('heading', { name: 'What the documents say' })).toBeVisible();
	}
	await shot(page, 'evidence-place-north-macedonia');
});
