/**
 * The scroll-linked map, as a reader meets it: scroll → map, map → text, keyboard, motion.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { collectErrors, liveMap, loadContent, pinInView, shot } from './helpers';

const content = loadContent();

type LngLat = [number, number];

/**
 * Albania's border with a neighbour as the Balkans tier of the basemap has it: the points inside
 * the line (its vertices and the middle of each segment), [lng, lat].
 */
function albaniaBorderWith(neighbour: string): LngLat[] {
	const topology = JSON.parse(
		readFileSync(new URL('../data/basemap/balkans.json', import.meta.url), 'utf8')
	) as Topology;
	const countries = topology.objects['countries'] as GeometryCollection<{ name: string }>;
	const either = (a: GeometryObject, b: GeometryObject, name: string) =>
		[a, b].some((g) => (g.properties as { name?: string } | undefined)?.name === name);
	const lines = mesh(
		topology,
		countries,
		(a, b) => either(a, b, 'Albania') && either(a, b, neighbour)
	).coordinates;
	return lines.flatMap((line) =>
		line.slice(1).flatMap(([x, y], i): LngLat[] => {
			const [px, py] = line[i]!;
			const middle: LngLat = [(px! + x!) / 2, (py! + y!) / 2];
			return i === line.length - 2 ? [middle] : [middle, [x!, y!]];
		})
	);
}

/**
 * The points of a line that the basemap canvas does not draw as a border (a painted pixel darker
 * than land or sea, and not bluish like the sea, within 2 px), of those on screen; or a note that
 * none is on screen. Where a point falls is worked out from two pins.
 */
function undrawnBorder(page: Page, points: LngLat[]): Promise<string[]> {
	const pin = (slug: string) => {
		const p = content.places.find((x) => x.slug === slug)!;
		return { slug, lat: p.lat, lng: p.lng };
	};
	return page.evaluate(
		({ points, from, to }) => {
			const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
			const onScreen = (slug: string) => {
				const box = document.querySelector(`.story-pin[data-slug="${slug}"]`)!;
				const r = box.getBoundingClientRect();
				return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
			};
			const a = onScreen(from.slug);
			const b = onScreen(to.slug);
			const kx = (b.x - a.x) / (to.lng - from.lng);
			const ky = (b.y - a.y) / (y(to.lat) - y(from.lat));
			const canvases = document.querySelectorAll<HTMLCanvasElement>('.leaflet-basemap-pane canvas');
			if (canvases.length !== 1) return [`${canvases.length} basemap canvases`];
			const canvas = canvases[0]!;
			const c = canvas.getBoundingClientRect();
			const scale = canvas.width / c.width;
			const ctx = canvas.getContext('2d')!;
			const map = document.querySelector('.story-map')!.getBoundingClientRect();
			let seen = 0;
			const missed: string[] = [];
			for (const [lng, lat] of points) {
				const px = a.x + (lng - from.lng) * kx;
				const py = a.y + (y(lat) - y(from.lat)) * ky;
				if (px < map.left + 3 || px > map.right - 3 || py < map.top + 3 || py > map.bottom - 3)
					continue;
				seen++;
				const d = ctx.getImageData(
					Math.round((px - c.left) * scale) - 2,
					Math.round((py - c.top) * scale) - 2,
					5,
					5
				).data;
				let drawn = false;
				for (let i = 0; i < d.length; i += 4)
					if (d[i + 3]! > 0 && d[i]! + d[i + 1]! + d[i + 2]! < 640 && d[i]! >= d[i + 2]!)
						drawn = true;
				if (!drawn) missed.push(`${lat.toFixed(3)} N ${lng.toFixed(3)} E`);
			}
			return seen ? missed : ['no point of the line on screen'];
		},
		{ points, from: pin('montenegro'), to: pin('north-macedonia') }
	);
}

/** Where two far-apart pins stand on screen: changes whenever the view moves or zooms. */
const mapPosition = (page: Page) =>
	page.evaluate(() =>
		['washington', 'tehran']
			.map((s) => {
				const r = document.querySelector(`.story-pin[data-slug="${s}"]`)!.getBoundingClientRect();
				return `${Math.round(r.left)},${Math.round(r.top)}`;
			})
			.join(' ')
	);

async function scrollToChapter(page: Page, id: string) {
	await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'start' }), id);
	await expect(page.locator(`#${id}`)).toHaveClass(/active/);
}

test.use({ reducedMotion: 'reduce' });

test.describe('the story map', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await liveMap(page);
	});

	test('has a pin for every place, each named for assistive technology', async ({ page }) => {
		const pins = page.locator('.story-pin');
		await expect(pins).toHaveCount(content.places.length);
		for (const p of content.places) {
			// an approximate position is said once, by the name or after it
			const name =
				p.approximate && !/approximate/i.test(p.name) ? `${p.name} (approximate position)` : p.name;
			await expect(page.locator(`.story-pin[data-slug="${p.slug}"]`)).toHaveAttribute(
				'aria-label',
				name
			);
		}
	});

	test('scrolling to the ports chapter brings its pins into the map and far places out', async ({
		page
	}) => {
		await scrollToChapter(page, 'ports');
		await expect(page.locator('.story-pin[data-slug="durres"]')).toHaveClass(/is-active/);
		expect(await pinInView(page, 'durres')).toBe(true);
		expect(await pinInView(page, 'porto-romano')).toBe(true);
		expect(await pinInView(page, 'tehran')).toBe(false);
		expect(await pinInView(page, 'london')).toBe(false);
		// the coast that puts both ports on land is the one drawn
		await expect(page.locator('.story-map [data-tiers~="coast"]')).toHaveCount(1);
		await expect(page.locator('[aria-live="polite"]')).toHaveText('Map: Durrës and Porto Romano');
		await shot(page, 'map-ports-desktop');
	});

	test('the address follows the active chapter without adding history entries', async ({
		page
	}) => {
		const before = await page.evaluate(() => history.length);
		await scrollToChapter(page, 'july-attack');
		await expect(page).toHaveURL(/#july-attack$/);
		await scrollToChapter(page, 'ties-cut');
		await expect(page).toHaveURL(/#ties-cut$/);
		expect(await page.evaluate(() => history.length)).toBe(before);
	});

	test('a pin in one chapter brings that chapter into view', async ({ page }) => {
		const only = content.places.find(
			(p) =>
				content.chapters.filter((c) => c.places.includes(p.slug)).length === 1 &&
				p.slug === 'porto-romano'
		);
		expect(only, 'Porto Romano belongs to one chapter').toBeDefined();
		await scrollToChapter(page, 'ports');
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect(page.locator('#july-attack')).not.toHaveClass(/active/);
		// at the overview the ports' pins overlap: press this one, not whichever is on top
		await page.locator('.story-pin[data-slug="porto-romano"]').dispatchEvent('click');
		await expect(page.locator('#ports')).toBeInViewport();
		await expect(page.locator('#ports')).toHaveClass(/active/);
	});

	test('a pin in several chapters offers them in a popup', async ({ page }) => {
		const chapters = content.chapters.filter((c) => c.places.includes('tirana'));
		expect(chapters.length).toBeGreaterThan(1);
		await scrollToChapter(page, 'july-attack');
		await page.locator('.story-pin[data-slug="tirana"]').dispatchEvent('click');
		const links = page.locator('.pin-popup a');
		await expect(links).toHaveCount(chapters.length);
		const last = chapters[chapters.length - 1]!;
		await links.last().click();
		await expect(page.locator(`#${last.id}`)).toBeInViewport();
	});

	test('pins are reachable with Tab and work with Enter', async ({ page }) => {
		// the map comes after the story's text: Tab on from its last link
		await page.locator('footer.end a').last().focus();
		let slug: string | undefined;
		for (let i = 0; i < 40 && !slug; i++) {
			await page.keyboard.press('Tab');
			slug = await page.evaluate(
				() => (document.activeElement as HTMLElement | null)?.dataset.slug
			);
		}
		expect(slug, 'a pin takes the focus').toBeDefined();
		await page.keyboard.press('Enter');
		const chapters = content.chapters.filter((c) => c.places.includes(slug!));
		if (chapters.length === 1) await expect(page.locator(`#${chapters[0]!.id}`)).toBeInViewport();
		else await expect(page.locator('.pin-popup a').first()).toBeFocused();
	});

	test('the reader may pan away and go back to the story', async ({ page }) => {
		await scrollToChapter(page, 'neighbours');
		expect(await pinInView(page, 'kosovo')).toBe(true);
		const box = (await page.locator('.story-map').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 8 });
		await page.mouse.move(box.x - 400, box.y + box.height / 2, { steps: 8 });
		await page.mouse.up();
		const back = page.getByRole('button', { name: /back to the story/i });
		await expect(back).toBeVisible();
		await back.click();
		await expect(back).toBeHidden();
		expect(await pinInView(page, 'kosovo')).toBe(true);
	});

	test('a country chapter outlines its countries', async ({ page }) => {
		await scrollToChapter(page, 'neighbours');
		for (const slug of ['montenegro', 'kosovo', 'north-macedonia'])
			await expect(page.locator(`path.country-${slug}`).first()).toBeAttached();
		await expect(page.locator('path.country-albania')).toHaveCount(0);
		await shot(page, 'map-neighbours-desktop');
	});

	test("draws Albania's border with each neighbour, over the accurate coast too", async ({
		page
	}) => {
		// The ports chapter loads the coast: its land, a box over northern Albania, is drawn last.
		await scrollToChapter(page, 'ports');
		await expect(page.locator('.story-map [data-tiers~="coast"]')).toHaveCount(1);
		await scrollToChapter(page, 'neighbours');
		for (const neighbour of ['Greece', 'North Macedonia', 'Montenegro', 'Kosovo']) {
			const points = albaniaBorderWith(neighbour);
			expect(points.length, `Albania and ${neighbour} share a border`).toBeGreaterThan(4);
			await expect
				.poll(() => undrawnBorder(page, points), { message: `Albania–${neighbour} border` })
				.toEqual([]);
		}
	});

	test('keeps its basemap from chapter to chapter: one canvas, each file fetched once', async ({
		page
	}) => {
		// A new zoom must not rebuild it (fetched and decoded again, a blank frame or more, and
		// one more full-size canvas left on the map each time).
		await expect(page.locator('.story-map [data-tiers~="balkans"]')).toHaveCount(1);
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/basemap/')) fetched.push(new URL(r.url()).pathname);
		});
		for (const id of ['july-attack', 'neighbours', 'ports', 'channel', 'what-next']) {
			await scrollToChapter(page, id);
			await page.waitForTimeout(300);
		}
		await expect(page.locator('.story-map [data-tiers~="coast"]')).toHaveCount(1);
		expect(fetched).toEqual(['/basemap/coast.json']);
		await expect(page.locator('.leaflet-basemap-pane canvas')).toHaveCount(1);
	});

	test('with reduced motion, the view changes at once', async ({ page }) => {
		await scrollToChapter(page, 'tehran-denies');
		const a = await mapPosition(page);
		await scrollToChapter(page, 'allies-respond');
		await expect.poll(() => mapPosition(page)).not.toBe(a);
		const b = await mapPosition(page);
		await page.waitForTimeout(400);
		expect(await mapPosition(page)).toBe(b);
	});
});

test.describe('deep links', () => {
	test('opening /#<chapter> lands on that chapter with its view', async ({ page }) => {
		const problems = collectErrors(page);
		await page.goto('/#neighbours');
		await expect(page.locator('#neighbours')).toHaveClass(/active/);
		await expect(page.locator('#neighbours')).toBeInViewport();
		await expect(page.locator('.story-pin[data-slug="kosovo"]')).toHaveClass(/is-active/);
		expect(await pinInView(page, 'north-macedonia')).toBe(true);
		expect(await pinInView(page, 'london')).toBe(false);
		expect(problems.all()).toEqual([]);
	});

	test('a jump far down the story goes straight to its view', async ({ page }) => {
		await page.goto('/#july-attack');
		await expect(page.locator('.story-pin[data-slug="tirana"]')).toHaveClass(/is-active/);
		await page.evaluate(() => document.getElementById('what-next')!.scrollIntoView());
		await expect(page.locator('#what-next')).toHaveClass(/active/);
		// no chapter in between was ever shown
		expect(
			await page.evaluate(() =>
				[...document.querySelectorAll('section.chapter.active')].map((s) => s.id)
			)
		).toEqual(['what-next']);
	});
});

test.describe('motion', () => {
	test.use({ reducedMotion: 'no-preference' });
	test('flies smoothly to the next chapter when motion is welcome', async ({ page }) => {
		await page.goto('/#tehran-denies');
		await expect(page.locator('#tehran-denies')).toHaveClass(/active/);
		await page.waitForTimeout(300);
		// Record where a pin stands on every frame for 2.5 s after the scroll: a flight passes
		// through many positions, a jump through two. (Sampled in the page: a loaded machine
		// cannot miss a flight between two round trips.)
		const positions = await page.evaluate(async () => {
			const pin = document.querySelector('.story-pin[data-slug="tehran"]')!;
			const seen = new Set<string>();
			document.getElementById('allies-respond')!.scrollIntoView();
			const until = performance.now() + 2500;
			while (performance.now() < until) {
				await new Promise(requestAnimationFrame);
				const r = pin.getBoundingClientRect();
				seen.add(`${Math.round(r.left)},${Math.round(r.top)}`);
			}
			return seen.size;
		});
		await expect(page.locator('#allies-respond')).toHaveClass(/active/);
		expect(positions, 'the view moves through several positions').toBeGreaterThan(2);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	test('the map stays on top while the chapters scroll beneath', async ({ page }) => {
		await page.goto('/#ports');
		await expect(page.locator('#ports')).toHaveClass(/active/);
		const map = (await page.locator('.story-map').boundingBox())!;
		expect(map.y).toBeLessThan(80);
		expect(map.height).toBeGreaterThan(844 * 0.3);
		expect(map.height).toBeLessThan(844 * 0.5);
		// The link to a chapter starts the live map there: its pins come once it has drawn.
		await expect.poll(() => pinInView(page, 'durres')).toBe(true);
		const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
		expect(viewport).not.toMatch(/user-scalable\s*=\s*no/);
		await shot(page, 'map-ports-phone');
	});
});

/** A pinned place (a point: not a country, not an approximate area) and a chapter that marks it. */
const pinned = content.places.find(
	(p) =>
		!p.approximate &&
		['city', 'port', 'site'].includes(p.kind) &&
		content.chapters.some((c) => c.places.includes(p.slug))
)!;
const itsChapter = content.chapters.find((c) => c.places.includes(pinned.slug))!;

/** Each page type's map, its picture, and the pin compared between the two. */
const pictured = [
	{ name: 'the story', path: '/', svg: '/maps/overview.svg', slug: 'tehran' },
	{
		name: 'a place page',
		path: `/places/${pinned.slug}`,
		svg: `/maps/views/places/${pinned.slug}.svg`,
		slug: pinned.slug
	},
	{
		name: 'a slide',
		path: `/present/${itsChapter.id}`,
		svg: `/maps/views/chapters/${itsChapter.id}.svg`,
		slug: pinned.slug
	}
];

test.describe('before the reader moves', () => {
	for (const viewport of [
		{ name: 'desktop', width: 1280, height: 800 },
		{ name: 'phone', width: 390, height: 844 }
	])
		for (const { name, path, svg: svgPath, slug } of pictured)
			test(`${name} shows a picture of the map, then the live map exactly over it (${viewport.name})`, async ({
				page,
				request
			}) => {
				await page.setViewportSize(viewport);
				const problems = collectErrors(page);
				const heavy: string[] = [];
				page.on('request', (r) => {
					if (/\/basemap\/|leaflet/i.test(r.url())) heavy.push(r.url());
				});
				await page.goto(path);
				const picture = page.locator('.story-map img.preview');
				await expect(picture).toBeVisible();
				await expect(page.locator('.story-map')).toHaveAttribute('data-map', 'picture');
				if (path === '/') await expect(picture).toHaveAttribute('alt', /every place in the story/);
				await expect
					.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
					.toBeGreaterThan(0);
				// Nothing of the live map is fetched until the reader moves.
				expect(heavy).toEqual([]);
				await expect(page.locator('.story-pin')).toHaveCount(0);

				// Where the picture draws the pin, on screen...
				const svg = await (await request.get(svgPath)).text();
				const m = new RegExp(`<circle data-slug="${slug}"[^>]* cx="([\\d.]+)" cy="([\\d.]+)"`).exec(
					svg
				);
				expect(m, `the picture pins ${slug}`).not.toBeNull();
				const box = (await picture.boundingBox())!;
				const natural = await picture.evaluate((img: HTMLImageElement) => img.naturalWidth);
				const k = box.width / natural;
				const drawn = { x: box.x + Number(m![1]) * k, y: box.y + Number(m![2]) * k };

				// ...is where the live map puts it, once the reader points at the map.
				await liveMap(page);
				expect(heavy.some((u) => u.includes('/basemap/world.json'))).toBe(true);
				await expect(picture).toHaveCount(0);
				const pin = (await page.locator(`.story-pin[data-slug="${slug}"]`).boundingBox())!;
				expect(Math.abs(pin.x + pin.width / 2 - drawn.x)).toBeLessThan(2);
				expect(Math.abs(pin.y + pin.height / 2 - drawn.y)).toBeLessThan(2);
				expect(problems.all()).toEqual([]);
				if (path !== '/')
					await shot(page, `picture-then-live-${name.replace(/ /g, '-')}-${viewport.name}`);
			});

	test('scrolling starts the live map too', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.story-map img.preview')).toBeVisible();
		await page.mouse.move(200, 400);
		await page.mouse.wheel(0, 300);
		await expect(page.locator('.story-map [data-ready]')).toBeVisible();
		await expect(page.locator('.story-pin')).toHaveCount(content.places.length);
	});

	test('a link to a chapter starts the live map at that chapter', async ({ page }) => {
		await page.goto('/#ports');
		await expect(page.locator('.story-map [data-ready]')).toBeVisible();
		await expect(page.locator('.story-pin[data-slug="durres"]')).toHaveClass(/is-active/);
		expect(await pinInView(page, 'durres')).toBe(true);
	});
});
