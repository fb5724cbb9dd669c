/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: the whole story, the presentation and the handout keep working in a classroom without
 * a network, once visited.
 *
 * - install: save every built asset, every static file and every prerendered page (and its data),
 *   except the link-preview images, in a cache named after this build's version;
 * - activate: delete the caches of older builds, take charge of open pages;
 * - fetch (same-origin GET only): built assets and static files from the cache first; pages and
 *   their data from the network first, the saved copy only when the network fails, and then the
 *   page is told (src/lib/present/sw-update.ts) so it can say it is showing a saved copy; a
 *   page that was never saved gets the site's offline page, which links to what was.
 *
 * A new build waits until the reader chooses to reload (the page shows a banner), so a page is
 * never swapped under them and never stale without saying so.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import type { FromWorker } from '$lib/present/sw-update';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `story-${version}`;

/** Link previews are for other sites' crawlers, not for readers. */
const wanted = (path: string) => !/\/og\//.test(path);
/** The basemap's tiers are prerendered from the content folder, yet as fixed as static files. */
const isBasemap = (path: string) => path.startsWith(`${base}/basemap/`);
const pages = prerendered.filter((p) => wanted(p) && !isBasemap(p));
/** Files that never change under the same name within one build: served from the cache first. */
const pinned = new Set([...build, ...files, ...prerendered.filter(isBasemap)]);
/** The data SvelteKit loads when moving between pages in the browser (pages have no extension). */
const pageData = pages
	.filter((p) => !/\.[a-z0-9]+$/i.test(p))
	.map((p) => `${p.replace(/\/$/, '')}/__data.json`);

/** Clients whose page came from the cache because the network failed (until asked). */
const servedFromCache = new Set<string>();

/** The page shown, offline, in place of one that was not saved (src/routes/offline). */
const OFFLINE_PAGE = `${base}/offline`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...pinned, ...pages]);
			// Not every page has data to load: save what there is.
			await Promise.all(pageData.map((url) => cache.add(url).catch(() => undefined)));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : null;
	if (type === 'skip-waiting') void sw.skipWaiting();
	if (type === 'how-was-i-served' && event.source && 'id' in event.source) {
		const id = event.source.id;
		const reply: FromWorker = { type: 'served', fromCache: servedFromCache.has(id), version };
		servedFromCache.delete(id);
		event.source.postMessage(reply);
	}
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (pinned.has(url.pathname)) event.respondWith(cacheFirst(request));
	else event.respondWith(networkFirst(request, event.resultingClientId));
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(request)) ?? fetch(request);
}

/**
 * The network's answer whenever there is one (a new build is seen at once); the copy saved at
 * install when there is none. Saved copies are never overwritten from the network, so the cache
 * always holds one build whole: its pages and the assets they name.
 */
async function networkFirst(request: Request, clientId: string): Promise<Response> {
	try {
		return await fetch(request);
	} catch (failure) {
		const cache = await caches.open(CACHE);
		const url = new URL(request.url);
		const saved =
			(await cache.match(request, { ignoreSearch: true })) ??
			(await cache.match(url.pathname.replace(/\/$/, '') || '/'));
		if (!saved) {
			if (request.mode !== 'navigate') throw failure;
			return offlinePage(cache);
		}
		if (request.mode === 'navigate' && clientId) servedFromCache.add(clientId);
		return saved;
	}
}

/** The saved offline page, at the address asked for, with status 503: that page is unavailable. */
async function offlinePage(cache: Cache): Promise<Response> {
	const page = await cache.match(OFFLINE_PAGE);
	if (!page) return new Response('You are offline.', { status: 503 });
	// Only its type: the saved length and encoding were the network's (gzip), not the body's.
	const headers = { 'content-type': page.headers.get('content-type') ?? 'text/html' };
	return new Response(page.body, { status: 503, statusText: 'Offline', headers });
}
