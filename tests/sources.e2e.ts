/**
 * The documents in full (/sources/<id>) and what the documents say about a place, as a reader
 * meets them: a quote's source link lands on its marked passage, each document shows its whole
 * text with the story's passages marked and linked back, and every place page shows the
 * sentences of the documents that name it.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { passageId } from '../src/lib/content/document';
import { loose } from '../src/lib/content/matching';
import { collectErrors, loadContent, shot, squash } from './helpers';

const content = loadContent();
const PHONE = { width: 390, height: 844 };
/** Text compared as the quote checker compares it: quote marks, dashes and spaces loosely. */
const same = (s: string | null) => loose(squash(s));

test.describe('A document’s page', () => {
	test('a quote’s source link lands on its passage, marked in the document', async ({ page }) => {
		const problems = collectErrors(page);
		for (const s of content.sources) {
			const q = content.quotes.find((x) => x.source === s.id);
			if (!q) continue;
			await page.goto('/');
			const cite = page.locator(`#quote-${q.id} figcaption cite a`).first();
			await cite.click();
			await expect(page).toHaveURL(new RegExp(`/sources/${s.id}#${passageId(q.text)}$`));
			const mark = page.locator(`mark[id="${passageId(q.text)}"]`);
			await expect(mark).toBeInViewport();
			// The mark holds the quote's words as the document writes them.
			expect(same(q.text)).toContain(same(await mark.textContent()));
		}
		expect(problems.all()).toEqual([]);
	});

	test('shows the whole text, page furniture quieter, and the story’s passages linked back', async ({
		page
	}) => {
		for (const s of content.sources) {
			await page.goto(`/sources/${s.id}`);
			await expect(page.locator('h1')).toHaveText(
				s.headline === 'not stated' ? s.short : s.headline
			);
			const shown = same(await page.locator('.document').textContent());
			const lines = fs
				.readFileSync(`data/sources/${s.id}.txt`, 'utf8')
				.split('\n')
				.filter((l) => l.trim());
			for (const line of lines) expect(shown).toContain(same(line));
			await expect(page.locator('.usage')).toContainText(/The story uses \d+ of its \d+ sentences/);
			const quoted = content.quotes.filter((q) => q.source === s.id);
			for (const q of quoted)
				await expect(page.locator(`mark[id="${passageId(q.text)}"]`)).toHaveCount(1);
		}
		// The furniture of RFE/RL's page (a banner before the headline) is there, labelled.
		await page.goto('/sources/rferl');
		await expect(page.locator('p.furniture').first()).toContainText('From the page');
		// A passage's note leads back to where the story uses it.
		const q = content.quotes.find((x) => x.source === 'rferl')!;
		const note = page.locator(`.uses a.which[href="#${passageId(q.text)}"]`).locator('..');
		const chapter = content.chapters.find((c) => c.quotes.includes(q.id))!;
		await note.getByRole('link', { name: new RegExp(chapter.title) }).click();
		// The story's address follows the chapter in view: the quote's, or its chapter's.
		await expect(page).toHaveURL(new RegExp(`/#(quote-${q.id}|${chapter.id})$`));
		await expect(page.locator(`#quote-${q.id}`)).toBeInViewport();
	});

	test('the sources page leads to each document’s page', async ({ page }) => {
		for (const s of content.sources) {
			await page.goto('/sources');
			await page
				.locator(`section[id="${s.id}"]`)
				.getByRole('link', { name: 'Read the whole document' })
				.click();
			await expect(page).toHaveURL(new RegExp(`/sources/${s.id}$`));
			await expect(page.locator('.document')).toBeVisible();
		}
	});

	test('a claim’s excerpt leads to its marked passage', async ({ page }) => {
		const claim = content.claims.find((c) => c.cells.some((x) => x.excerpt))!;
		const cell = claim.cells.find((x) => x.excerpt)!;
		await page.goto('/sources');
		await page
			.locator(`tr[id="claim-${claim.id}"] a.in-doc[href$="#${passageId(cell.excerpt!)}"]`)
			.click();
		await expect(page).toHaveURL(
			new RegExp(`/sources/${cell.source}#${passageId(cell.excerpt!)}$`)
		);
		await expect(page.locator(`mark[id="${passageId(cell.excerpt!)}"]`)).toBeInViewport();
	});

	test('fits a phone’s width', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto('/sources/rferl');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await shot(page, 'phone-source-document');
	});
});

test.describe('What the documents say about a place', () => {
	test('Kosovo’s page shows the sentence that names it, which leads to it in its document', async ({
		page
	}) => {
		await page.goto('/places/kosovo');
		const section = page.locator('section', {
			has: page.getByRole('heading', { name: 'What the documents say' })
		});
		const passages = section.locator('q[data-source]');
		await expect(passages.first()).toContainText('Kosovo');
		const text = same(await passages.first().textContent());
		await section
			.getByRole('link', { name: /in context/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/sources\/[a-z-]+#sentence-/);
		const target = page.locator(':target');
		await expect(target).toBeInViewport();
		expect(same(await target.textContent())).toBe(text);
		await shot(page, 'kosovo-in-context');
	});

	test('every place page shows at least one sentence of the documents that names it', async ({
		request
	}) => {
		expect(content.places).toHaveLength(19);
		for (const p of content.places) {
			// The page's own evidence notes (the description's citations) aside.
			const html = (await (await request.get(`/places/${p.slug}`)).text()).replace(
				/<aside class="evidence"[^]*?<\/aside>/g,
				''
			);
			const passages = [...html.matchAll(/<q data-source="[a-z-]+"[^>]*>([^<]*)<\/q>/g)].map(
				(m) => m[1]!
			);
			const names = [p.name, ...(p.names ?? [])];
			expect(passages.length, p.slug).toBeGreaterThan(0);
			for (const t of passages)
				expect(
					names.some((n) => t.includes(n)),
					`${p.slug}: ${t}`
				).toBe(true);
		}
	});
});
