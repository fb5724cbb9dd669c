/**
 * Moving through the deck, shared by the slide window and the presenter window: each move changes
 * the address (so a reload or a shared link returns to the same slide) and tells the other window;
 * a move heard from the other window is made without telling it back. Call during component
 * initialisation: the channel opens with the component and closes with it.
 */
import { afterNavigate, goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { target, type Move } from './deck';
import { openChannel, type DeckChannel } from './sync';

export interface DeckOptions {
	/** Every slide's id, in order. */
	ids: () => readonly string[];
	/** The slide on screen (from the page's data). */
	current: () => string;
	/** Whether this is the presenter window (its addresses end in /presenter). */
	presenter: boolean;
}

export interface DeckController {
	/** Goes to a slide; `tell: false` for moves the other window asked for. */
	go(id: string, tell?: boolean): Promise<void>;
	/** Goes to the next, previous, first or last slide. */
	move(m: Move): void;
}

const HOW = { replaceState: false, noScroll: true, keepFocus: true } as const;

export function deckController(opts: DeckOptions): DeckController {
	let channel: DeckChannel | null = null;
	/** Where the deck is heading: moves made before a navigation lands count from here. */
	let heading: string | null = null;

	function go(id: string, tell = true): Promise<void> {
		if (id === (heading ?? opts.current())) return Promise.resolve();
		heading = id;
		if (tell) channel?.send(id);
		if (opts.presenter) return goto(resolve('/present/[id]/presenter', { id }), HOW);
		return goto(resolve('/present/[id]', { id }), HOW);
	}

	$effect(() => {
		const c = openChannel((id) => {
			if (opts.ids().includes(id)) void go(id, false);
		});
		channel = c;
		return () => {
			c.close();
			if (channel === c) channel = null;
		};
	});

	afterNavigate(({ type }) => {
		heading = null;
		// Back and forward in the browser move the deck too: tell the other window.
		if (type === 'popstate') channel?.send(opts.current());
	});

	return {
		go,
		move(m) {
			const to = target(opts.ids(), heading ?? opts.current(), m);
			if (to) void go(to);
		}
	};
}
