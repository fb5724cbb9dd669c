/**
 * Security, as a reader's browser sees it: the Content Security Policy the build writes into every
 * page, nothing loaded from anyone else, no CSP violation anywhere, and the story's prose shown as
 * text, never as markup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, liveMap, loadContent } from './helpers';

// With the service worker, which fetches the whole site on a first visit: its requests too must
// stay on the site's own origin (it is blocked in the other suites).
test.use({ serviceWorkers: 'allow' });

const content = loadContent();
const root = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(root, process.env.BUILD_DIR || 'build');
const first = [...content.chapters].sort((a, b) => a.order - b.order)[0]!;

/** Reports every CSP violation as a console error, so collectErrors() sees it too. */
async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(
				`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`
			);
		});
	});
}

/** Scrolls the story to its end in steps, so every chapter becomes active and the map follows. */
async function readToTheEnd(page: Page) {
	for (let i = 0; i < 300; i++) {
		const atEnd = await page.evaluate(() => {
			window.scrollBy(0, Math.round(window.innerHeight * 0.6));
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
		});
		await page.waitForTimeout(60);
		if (atEnd) break;
	}
	const last = [...content.chapters].sort((a, b) => b.order - a.order)[0]!;
	await expect(page.locator(`#${last.id}`)).toHaveClass(/active/);
	await page.waitForLoadState('networkidle');
}

/** Every built HTML file, relative to the build folder. */
function builtPages(dir = buildDir): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) return builtPages(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}

test.describe('the content security policy', () => {
	test('is in every built page, with no unsafe-inline or unsafe-eval for scripts', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(5);
		const problems: string[] = [];
		for (const file of pages) {
			const html = fs.readFileSync(file, 'utf8');
			const rel = path.relative(buildDir, file);
			const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
			if (!meta) {
				problems.push(`${rel}: no CSP meta tag`);
				continue;
			}
			const directives = new Map(
				meta[1]!.split(';').map((d) => {
					const [name, ...values] = d.trim().split(/\s+/);
					return [name!, values] as const;
				})
			);
			const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
			if (!scripts.length) problems.push(`${rel}: no script-src`);
			for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
				if (scripts.includes(bad)) problems.push(`${rel}: script-src allows ${bad}`);
			if ((directives.get('style-src') ?? []).includes("'unsafe-inline'"))
				problems.push(`${rel}: style-src allows 'unsafe-inline'`);
			if (directives.get('object-src')?.join(' ') !== "'none'")
				problems.push(`${rel}: object-src is not 'none'`);
			if (directives.get('default-src')?.join(' ') !== "'self'")
				problems.push(`${rel}: default-src is not 'self'`);
			// The meta tag must come before any script, or those scripts run unprotected.
			if (html.indexOf('<script') >= 0 && html.indexOf('<script') < (meta.index ?? 0))
				problems.push(`${rel}: a script comes before the CSP meta tag`);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

test.describe('reading the site', () => {
	test('the whole story loads only from the site, with no CSP violation or error', async ({
		page
	}) => {
		test.setTimeout(90_000); // every chapter in turn, the map flying to each: slow on 2 busy cores
		await watchCsp(page);
		const problems = collectErrors(page);
		await page.goto('/');
		await liveMap(page);
		await readToTheEnd(page);
		expect(problems.all(), problems.all().join('\n')).toEqual([]);
	});

	const others = [
		'/places/durres',
		'/places',
		'/sources',
		'/timeline',
		'/places/atlantis',
		`/places/durres/`,
		'/present',
		`/present/${first.id}`,
		`/present/${first.id}/presenter`,
		'/handout',
		`/chapters/${first.id}`
	];
	for (const address of others) {
		test(`${address} loads only from the site, with no CSP violation or error`, async ({
			page
		}) => {
			await watchCsp(page);
			const problems = collectErrors(page);
			const res = await page.goto(address);
			expect(res?.status()).toBe(address === '/places/atlantis' ? 404 : 200);
			if (await page.locator('.story-map').count()) await liveMap(page);
			if (address.startsWith('/present/') && !address.endsWith('/presenter')) {
				// move through a few slides: each one flies the map and loads what it needs
				for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
				await expect(page).not.toHaveURL(new RegExp(`/present/${first.id}$`));
			}
			await page.waitForLoadState('networkidle');
			// the 404 page is served with status 404 on purpose: not an error of the page
			const all = problems
				.all()
				.filter((m) => !(address === '/places/atlantis' && /status of 404/.test(m)));
			expect(all, all.join('\n')).toEqual([]);
		});
	}
});

test.describe('the story’s prose', () => {
	test('is rendered as text: paragraphs, links and emphasis only', async ({ page }) => {
		await page.goto('/');
		const found = await page.evaluate(() =>
			[...document.querySelectorAll('.chapter .prose')].map((prose) => {
				// A citation's marker is a link of the engine's making, with its own attributes.
				const markers = [...prose.querySelectorAll('a[data-cite]')];
				const rest = [...prose.querySelectorAll('*')].filter((el) => !markers.includes(el));
				return {
					id: prose.closest('.chapter')?.id,
					tags: [
						...new Set([...prose.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()))
					],
					attributes: [...new Set(rest.flatMap((el) => el.getAttributeNames()))],
					markers: [...new Set(markers.map((el) => el.getAttributeNames().sort().join(' ')))],
					markerHrefs: markers.map((a) => a.getAttribute('href') ?? ''),
					hrefs: rest.filter((el) => el.tagName === 'A').map((a) => a.getAttribute('href') ?? '')
				};
			})
		);
		expect(found).toHaveLength(content.chapters.length);
		for (const chapter of found) {
			expect(
				chapter.tags.filter((t) => !['p', 'a', 'em'].includes(t)),
				chapter.id
			).toEqual([]);
			expect(
				chapter.attributes.filter((a) => !['href', 'class'].includes(a)),
				chapter.id
			).toEqual([]);
			// links lead only into the site itself: a place, a chapter or a source
			for (const href of chapter.hrefs) expect(href, chapter.id).toMatch(/^\/[^/]/);
			// and a marker only to its note under the chapter
			expect(chapter.markers, chapter.id).toEqual(['aria-label class data-cite href id']);
			for (const href of chapter.markerHrefs)
				expect(href, chapter.id).toMatch(new RegExp(`^#${chapter.id}-note-\\d+$`));
		}
	});
});
