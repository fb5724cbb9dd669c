/**
 * Small interactive parts ("islands") of a page that is otherwise static HTML: each slot gets its
 * component when it comes near the viewport; once the reader moves (scrolls, points, presses a
 * key), the rest follow one by one when the browser is idle, so no single task mounts them all and
 * a page that is only loaded mounts only what is on screen. Each slot it mounts into is marked
 * `data-island`: Svelte listens for clicks on a mount target (to hand them to the controls inside),
 * and the mark tells such a slot from a control only a mouse can use (tests/keyboard.e2e.ts).
 * Returns the cleanup, which unmounts everything it mounted and takes the marks off.
 */
import { mount, unmount, type Component } from 'svelte';
import { onFirstMove, READER_MOVES } from './intent';

/** How far outside the viewport a slot counts as near: one screen above and below. */
const NEAR = '100% 0px';
/** The attribute that marks a slot holding a mounted component. */
export const ISLAND = 'data-island';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- svelte's mount() takes any props record
export function mountIslands<P extends Record<string, any>>(
	slots: readonly HTMLElement[],
	component: Component<P>,
	propsFor: (slot: HTMLElement) => P | null
): () => void {
	const mounted = new Map<HTMLElement, ReturnType<typeof mount>>();
	const place = (slot: HTMLElement) => {
		if (mounted.has(slot)) return;
		const props = propsFor(slot);
		if (!props) return;
		// What the slot held for readers without JavaScript (a <noscript> link) gives way.
		slot.replaceChildren();
		mounted.set(slot, mount(component, { target: slot, props }));
		slot.setAttribute(ISLAND, '');
	};

	// root: document, so the margin also holds inside a cross-origin iframe (see Scroller).
	const near = new IntersectionObserver(
		(entries) => {
			for (const e of entries) if (e.isIntersecting) place(e.target as HTMLElement);
		},
		{ root: document, rootMargin: NEAR }
	);
	for (const s of slots) near.observe(s);

	// The rest, one per idle moment (Safari has no requestIdleCallback: a short timeout instead).
	const idle =
		typeof requestIdleCallback === 'function'
			? (fn: () => void) => {
					const id = requestIdleCallback(fn, { timeout: 2000 });
					return () => cancelIdleCallback(id);
				}
			: (fn: () => void) => {
					const id = setTimeout(fn, 50);
					return () => clearTimeout(id);
				};
	let cancel = () => {};
	const next = () => {
		const slot = slots.find((s) => !mounted.has(s));
		if (!slot) return;
		place(slot);
		cancel = idle(next);
	};
	const stopWaiting = onFirstMove(() => (cancel = idle(next)), [...READER_MOVES, 'pointermove']);

	return () => {
		stopWaiting();
		cancel();
		near.disconnect();
		for (const [slot, c] of mounted) {
			void unmount(c);
			slot.removeAttribute(ISLAND);
		}
		mounted.clear();
	};
}
