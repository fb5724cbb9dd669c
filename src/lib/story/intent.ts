/**
 * The reader's first sign of reading on: work that can wait (the live map, the controls of
 * chapters far below) starts then, not while the page loads.
 */

/** What counts as the reader moving on, anywhere in the page. */
export const READER_MOVES = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Calls `go` once, at the first of `types` on `target`; returns the cleanup, which also stops
 * listening (call it from the effect that set this up).
 */
export function onFirstMove(
	go: () => void,
	types: readonly string[] = READER_MOVES,
	target: EventTarget = window
): () => void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		stop();
		go();
	};
	const stop = () => {
		for (const type of types) target.removeEventListener(type, once);
	};
	for (const type of types) target.addEventListener(type, once, { passive: true });
	return stop;
}

/**
 * Runs `start` in a task of its own once the page's start-up task is over, so that start-up
 * (SvelteKit's router, the hydration) is not one long task with everything that can wait a moment
 * (observers, the service worker's news, the chapters' controls). `start` may return its cleanup.
 * Returns the cleanup, for the effect that set this up: it cancels `start` if it has not run yet,
 * else calls what `start` returned.
 */
export function afterStart(start: () => void | (() => void)): () => void {
	let stop: void | (() => void);
	const id = setTimeout(() => (stop = start()), 0);
	return () => {
		clearTimeout(id);
		stop?.();
	};
}
