/**
 * The map's pins by keyboard: the map is one tab stop. One pin at a time takes part in the page's
 * Tab order (a roving tabindex); the arrow keys move between the pins on screen, Enter or Space
 * follows a pin, and Esc closes a pin's popup and brings the focus back to its pin. A pin off
 * screen or crowded under another is no control at all. The focus is always moved without
 * scrolling, so the page (and its address) stays where the reader left it.
 */
import { arrowDirection, nearestInDirection, tabStop, type Point } from './roving';

export interface Pin {
	slug: string;
	el: HTMLElement;
	/** Where the pin stands, in the map's pixels. */
	at: Point;
	active: boolean;
	/** It can take the focus: wholly on screen, and not crowded under another pin. */
	control: boolean;
}

export interface PinFocusHandlers {
	/** The reader pressed Enter or Space on a pin. */
	follow(slug: string): void;
	/** Closes the open popup; returns the slug of its pin, or null when none was open. */
	closePopup(): string | null;
}

export interface PinFocus {
	/** Marks which pins are controls and which one is the tab stop (after every move). */
	update(pins: readonly Pin[]): void;
	/** Gives the focus back to a pin whose popup closed, if the focus was lost with it. */
	returnTo(slug: string): void;
	destroy(): void;
}

const focusOn = (el: HTMLElement) => el.focus({ preventScroll: true });

export function pinFocus(container: HTMLElement, handlers: PinFocusHandlers): PinFocus {
	let pins: Pin[] = [];
	let all: Pin[] = [];
	let last: string | null = null;

	const pinOf = (target: EventTarget | null) =>
		target instanceof HTMLElement ? pins.find((p) => p.el === target) : undefined;

	/** Puts the tab stop on `slug` (or on the map itself when no pin can take it). */
	function setStop(slug: string | null) {
		for (const p of pins) p.el.tabIndex = p.slug === slug ? 0 : -1;
		container.tabIndex = slug ? -1 : 0;
	}

	function update(next: readonly Pin[]) {
		all = [...next];
		pins = all.filter((p) => p.control);
		for (const p of all) {
			if (p.control) {
				p.el.setAttribute('role', 'button');
				p.el.removeAttribute('aria-hidden');
			} else {
				p.el.removeAttribute('tabindex');
				p.el.removeAttribute('role');
				p.el.setAttribute('aria-hidden', 'true');
			}
		}
		const had = all.find((p) => p.el === document.activeElement);
		const stop = tabStop(pins, had?.control ? had.slug : null, last);
		setStop(stop);
		// A pin that had the focus and can no longer take it hands it on, within the map.
		if (had && !had.control) {
			const to = pins.find((p) => p.slug === stop);
			focusOn(to?.el ?? container);
		}
	}

	function keydown(e: KeyboardEvent) {
		if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
		const target = e.target as HTMLElement | null;
		if (e.key === 'Escape' && target?.closest('.leaflet-popup, .story-pin')) {
			const slug = handlers.closePopup();
			const pin = pins.find((p) => p.slug === slug) ?? all.find((p) => p.slug === slug);
			if (!slug) return;
			e.preventDefault();
			if (pin) focusOn(pin.el);
			return;
		}
		const pin = pinOf(target);
		if (!pin) return;
		const dir = arrowDirection(e.key);
		if (dir) {
			// The arrows belong to the map while a pin has the focus: the page does not scroll.
			e.preventDefault();
			const others = pins.filter((p) => p !== pin);
			const to =
				others[
					nearestInDirection(
						pin.at,
						others.map((p) => p.at),
						dir
					)
				];
			if (to) focusOn(to.el);
		} else if (e.key === 'Enter' || e.key === ' ') {
			// Handled here (not on keypress), so the key is done before a popup takes the focus.
			e.preventDefault();
			handlers.follow(pin.slug);
		}
	}

	function focusin(e: FocusEvent) {
		const pin = pinOf(e.target);
		if (!pin) return;
		last = pin.slug;
		setStop(pin.slug);
	}

	function returnTo(slug: string) {
		const active = document.activeElement;
		if (active && active !== document.body && !active.closest('.leaflet-popup')) return;
		const pin = all.find((p) => p.slug === slug);
		if (pin?.control) focusOn(pin.el);
	}

	container.addEventListener('keydown', keydown);
	container.addEventListener('focusin', focusin);
	return {
		update,
		returnTo,
		destroy() {
			container.removeEventListener('keydown', keydown);
			container.removeEventListener('focusin', focusin);
		}
	};
}
