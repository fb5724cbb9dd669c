/**
 * What a key does on a slide or in the presenter view: pure, so it is tested without a browser.
 * The pages listen on the window and ask this module; it says nothing while the reader types, holds
 * a modifier (browser shortcuts stay the browser's) or works the map.
 */

export type KeyAction =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'fullscreen'
	| 'exit-fullscreen'
	| 'recall'
	| 'qr'
	| 'presenter';

/** The parts of a KeyboardEvent the decision needs. */
export interface KeyLike {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	/** The focused element's tag, upper case (`event.target.tagName`), if any. */
	targetTag?: string;
	/** Whether the focused element is contenteditable. */
	editable?: boolean;
	/** Whether the focus is inside the map (its arrow keys pan it). */
	inMap?: boolean;
}

const KEYS: Record<string, KeyAction> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	Escape: 'exit-fullscreen',
	b: 'recall',
	'.': 'recall',
	q: 'qr',
	p: 'presenter'
};

/** Elements that take typing, or that Space and Enter already work. */
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

/** The action for a key press, or null when the key is not ours to take. */
export function keyAction(e: KeyLike): KeyAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
	const tag = e.targetTag?.toUpperCase() ?? '';
	if (e.editable || TYPING.has(tag)) return null;
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	const action = KEYS[key] ?? null;
	// Space presses a focused button; the map pans with the arrow keys.
	if (key === ' ' && PRESSABLE.has(tag)) return null;
	if (e.inMap && /^Arrow|^Page|^Home$|^End$/.test(key)) return null;
	return action;
}

/** Reads a KeyboardEvent into a KeyLike. */
export function fromEvent(e: KeyboardEvent): KeyLike {
	const target = e.target instanceof Element ? e.target : null;
	return {
		key: e.key,
		altKey: e.altKey,
		ctrlKey: e.ctrlKey,
		metaKey: e.metaKey,
		shiftKey: e.shiftKey,
		targetTag: target?.tagName,
		editable: target instanceof HTMLElement && target.isContentEditable,
		inMap: !!target?.closest('.leaflet-container')
	};
}
