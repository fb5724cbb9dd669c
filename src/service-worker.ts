/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: the whole story, the presentation and the handout keep working in a classroom without
 * a network, once visited.
 *
 * - install: save what reading offline needs (src/lib/offline/precache.ts: the code, the basemap,
 *   the story, the places, the slides, the handout, their pictures) in a cache named after this
 *   build's version; every other page, file or data of this build is saved once it is visited;
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
import { precacheList, startScript } from '$lib/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `story-${version}`;

/** The basemap's tiers are prerendered from the content folder, yet as fixed as static files. */
const isBasemap = (path: string) => path.startsWith(`${base}/basemap/`);
/** Files that never change under the same name within one build: served from the cache first. */
const pinned = new Set([...build, ...files, ...prerendered.filter(isBasemap)]);
const saveAtInstall = precacheList({ base, build, files, prerendered });
/** Every file this build prerendered (a map picture, say): saved when visited. */
const built = new Set(prerendered);
/** A page that names this script belongs to this build (a page of a newer one may not match). */
const start = startScript(build);

/** Clients whose page came from the cache because the network failed (until asked). */
const servedFromCache = new Set<string>();

/** The page shown, offline, in place of one that was not saved (src/routes/offline). */
const OFFLINE_PAGE = `${base}/offline`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(saveAtInstall);
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
	const saved = await cache.match(request);
	if (saved) return saved;
	const response = await fetch(request);
	// A file of this build not saved at install (a page's code, a link preview): saved now.
	if (response.ok) void cache.put(request, response.clone());
	return response;
}

/**
 * The network's answer whenever there is one (a new build is seen at once); the saved copy when
 * there is none. A page visited for the first time is saved, if it is of this build; saved copies
 * are never overwritten from the network, so the cache holds one build: its pages and the assets
 * they name.
 */
async function networkFirst(request: Request, clientId: string): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok) void saveVisited(request, response.clone());
		return response;
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

/** Saves a page, its data or a file the first time it is visited, when it is of this build. */
async function saveVisited(request: Request, response: Response): Promise<void> {
	const cache = await caches.open(CACHE);
	if (await cache.match(request, { ignoreSearch: true })) return;
	const url = new URL(request.url);
	const isData = url.pathname.endsWith('/__data.json');
	const isPage = (response.headers.get('content-type') ?? '').includes('text/html');
	// A page of this build names its start-up script; other files must be this build's own.
	if (isPage && start && !(await response.clone().text()).includes(start)) return;
	if (!isPage && !isData && !built.has(url.pathname)) return;
	// Saved under its address alone: the data's query (which nodes to reload) does not matter here.
	await cache.put(url.pathname, response);
}
