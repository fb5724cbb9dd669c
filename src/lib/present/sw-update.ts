/**
 * The page's side of the service worker (src/service-worker.ts, registered by SvelteKit): notices
 * a newer version waiting to take over and hands over to it on request, and asks the worker
 * whether this very page came from its cache because the network failed, so the page can say so.
 */

/** Messages the page sends the worker. */
export type ToWorker = { type: 'skip-waiting' } | { type: 'how-was-i-served' };
/** The worker's answer to 'how-was-i-served'. */
export interface FromWorker {
	type: 'served';
	/** True when the network failed and the saved copy was served. */
	fromCache: boolean;
	/** The build the saved copy belongs to. */
	version: string;
}

export function isServed(data: unknown): data is FromWorker {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'served' &&
		typeof (data as { fromCache?: unknown }).fromCache === 'boolean'
	);
}

export interface WorkerWatch {
	/** A newer worker is installed and waiting: the page is running the older version. */
	onWaiting: (worker: ServiceWorker) => void;
	/** The worker served this page from its cache (the network failed). */
	onServedFromCache: (version: string) => void;
}

/** Starts watching; returns the function that stops. Does nothing without service workers. */
export function watchWorker(watch: WorkerWatch): () => void {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
	const sw = navigator.serviceWorker;
	const undo: (() => void)[] = [];
	let stopped = false;

	const hear = (e: MessageEvent) => {
		if (isServed(e.data) && e.data.fromCache) watch.onServedFromCache(e.data.version);
	};
	sw.addEventListener('message', hear);
	undo.push(() => sw.removeEventListener('message', hear));
	// Messages wait in a queue until the page says it listens.
	sw.startMessages();
	sw.controller?.postMessage({ type: 'how-was-i-served' } satisfies ToWorker);

	void sw.ready.then((reg) => {
		if (stopped) return;
		// Only a page that a worker already controls can be out of date.
		const waiting = (w: ServiceWorker | null) => {
			if (w && w.state === 'installed' && sw.controller) watch.onWaiting(w);
		};
		waiting(reg.waiting);
		const found = () => {
			const w = reg.installing;
			if (!w) return;
			const changed = () => waiting(w);
			w.addEventListener('statechange', changed);
			undo.push(() => w.removeEventListener('statechange', changed));
		};
		reg.addEventListener('updatefound', found);
		undo.push(() => reg.removeEventListener('updatefound', found));
		// A page left open all day (a classroom) looks for a new version when shown again.
		const look = () => {
			if (document.visibilityState === 'visible') reg.update().catch(() => {});
		};
		document.addEventListener('visibilitychange', look);
		undo.push(() => document.removeEventListener('visibilitychange', look));
	});

	return () => {
		stopped = true;
		for (const f of undo) f();
	};
}

/** Lets the waiting worker take over, then reloads the page once it has. */
export function applyUpdate(worker: ServiceWorker): void {
	const sw = navigator.serviceWorker;
	sw.addEventListener('controllerchange', () => location.reload(), { once: true });
	worker.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
}
