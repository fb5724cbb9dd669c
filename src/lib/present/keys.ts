/**
 * What a key does on a slide or in the presenter view: pure, so it is tested without a browser.
 * The pages listen on the window and ask this module; it says nothing while the reader types, holds
 * a modifier (browser shortcuts stay the browser's) or pans the map with the arrows.
 *
 * The keys are the ones presentation programs and clickers use: → Page Down Space forward, ← Page
 * Up back, B or "." a black screen, W or "," a white one (a clicker's "blank" button sends B or
 * "."), and any key brings the slide back.
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
	| 'presenter'
	| 'black'
	| 'white'
	| 'unblank';

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

/** What is on screen, as far as the keys care. */
export interface KeyState {
	/** The screen is blacked or whited out. */
	blank?: boolean;
	/** The QR dialog is open. */
	dialog?: boolean;
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
	b: 'black',
	'.': 'black',
	w: 'white',
	',': 'white',
	m: 'recall',
	q: 'qr',
	p: 'presenter'
};

/** Keys that alone say nothing: they only change what another key means. */
const MODIFIERS = new Set([
	'Shift',
	'Control',
	'Alt',
	'AltGraph',
	'Meta',
	'OS',
	'CapsLock',
	'NumLock',
	'ScrollLock',
	'Fn',
	'FnLock',
	'Dead',
	'Unidentified'
]);

/** Elements that take typing. */
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** What the keys do while the QR dialog is open: the clicker's keys still work (and close it). */
const IN_DIALOG = new Set<KeyAction>(['next', 'previous', 'first', 'last', 'black', 'white', 'qr']);

/** The action for a key press, or null when the key is not ours to take. */
export function keyAction(e: KeyLike, state: KeyState = {}): KeyAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	// A blank screen comes back with any key, and only comes back: the slide stays where it was.
	if (state.blank) return MODIFIERS.has(e.key) ? null : 'unblank';
	if (e.shiftKey) return null;
	const tag = e.targetTag?.toUpperCase() ?? '';
	if (e.editable || TYPING.has(tag)) return null;
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	const action = KEYS[key] ?? null;
	// The map pans with the arrows (and Space is its own there); a clicker's Page keys still step.
	if (e.inMap && (key === ' ' || key.startsWith('Arrow'))) return null;
	if (state.dialog && (!action || !IN_DIALOG.has(action))) return null;
	return action;
}

/**
 * Whether a key's action closes the QR dialog first. The dialog closes itself on Esc; Q toggles it;
 * a step or a blank screen closes it, so a clicker that cannot send Esc is never stuck.
 */
export const closesDialog = (action: KeyAction): boolean => IN_DIALOG.has(action);

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
