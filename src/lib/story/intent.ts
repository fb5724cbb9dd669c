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
