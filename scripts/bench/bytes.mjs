// Bytes on the wire for the first load of a page, by kind (HTML, JS, CSS, basemap, images, fonts),
// from the encoded size of every response.

export const KINDS = ['HTML', 'JS', 'CSS', 'basemap (JSON)', 'images', 'fonts', 'other'];

export function kindOf(url, resourceType, contentType) {
	const p = new URL(url).pathname;
	if (resourceType === 'document' || contentType.startsWith('text/html')) return 'HTML';
	if (resourceType === 'script' || /javascript/.test(contentType)) return 'JS';
	if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'CSS';
	if (/\/basemap\/[^/]+\.json$/.test(p)) return 'basemap (JSON)';
	if (resourceType === 'image' || contentType.startsWith('image/')) return 'images';
	if (resourceType === 'font' || contentType.startsWith('font/')) return 'fonts';
	return 'other';
}

/** Bytes by kind from a list of responses. */
export function tally(pathname, files) {
	const bytes = Object.fromEntries(KINDS.map((k) => [k, 0]));
	for (const f of files) bytes[f.kind] += f.bytes;
	const total = Object.values(bytes).reduce((a, b) => a + b, 0);
	return {
		path: pathname,
		bytes,
		total,
		requests: files.length,
		files: [...files].sort((a, b) => b.bytes - a.bytes)
	};
}

/**
 * The first load of a page, and, where the page shows a picture of its map until the reader
 * moves (the story), the same page once the reader has pointed at the map and the live map is
 * drawn: [first load] or [first load, with the live map].
 */
export async function firstLoad(browser, site, pathname) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	const files = [];
	const pending = [];
	page.on('requestfinished', (req) => {
		pending.push(
			(async () => {
				const res = await req.response();
				if (!res || req.url().startsWith('data:')) return;
				const headers = await res.allHeaders();
				const sizes = await req.sizes();
				// The encoded (gzip) body as it came over the wire; content-length as a fallback.
				const body = sizes.responseBodySize || Number(headers['content-length'] ?? 0);
				files.push({
					url: new URL(req.url()).pathname,
					kind: kindOf(req.url(), req.resourceType(), headers['content-type'] ?? ''),
					bytes: body,
					gzip: headers['content-encoding'] === 'gzip'
				});
			})()
		);
	});
	const settle = async () => {
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		await Promise.all(pending);
	};
	await page.goto(site + pathname, { waitUntil: 'load' });
	const map = page.locator('.story-map').first();
	const picture = (await map.count()) > 0 && (await map.locator('.preview').count()) > 0;
	if ((await map.count()) && !picture)
		await map.locator('[data-ready]').waitFor({ timeout: 30_000 });
	await settle();
	const loads = [tally(pathname, files)];
	if (picture) {
		const box = await map.boundingBox();
		await map.hover({ position: { x: 4, y: (box?.height ?? 8) - 4 } });
		await map.locator('[data-ready]').waitFor({ timeout: 30_000 });
		await settle();
		loads.push(tally(`${pathname} with the live map`, files));
	}
	await context.close();
	return loads;
}
