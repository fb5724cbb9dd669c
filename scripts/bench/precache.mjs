// What the service worker saves in the background of a first visit: the site is opened with its
// service worker allowed, and once the worker controls the page, every entry in its caches is
// fetched again the way the worker fetched it and weighed on the wire (gzip).
import http from 'node:http';

/** Bytes on the wire of one address, gzip asked for (as a browser asks). */
function wireBytes(url) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk) => (bytes += chunk.length));
			res.on('end', () => resolve(bytes));
			res.on('error', reject);
		});
		req.on('error', reject);
	});
}

/**
 * The precache of a first visit to `site`/: { requests, bytes, files: [{ url, bytes }] }, the
 * heaviest files first.
 */
export async function measurePrecache(browser, site) {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		await page.goto(`${site}/`, { waitUntil: 'load' });
		// `ready` resolves once the worker has installed (saved everything) and activated.
		const urls = await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			const out = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const req of await cache.keys()) out.push(req.url);
			}
			return out;
		});
		const files = [];
		for (const url of urls) files.push({ url: new URL(url).pathname, bytes: await wireBytes(url) });
		files.sort((a, b) => b.bytes - a.bytes);
		return {
			requests: files.length,
			bytes: files.reduce((sum, f) => sum + f.bytes, 0),
			files
		};
	} finally {
		await context.close();
	}
}
