/**
 * Keeps the slide window and the presenter window on the same slide. Each window sends
 * {type: 'goto', id} when it moves on its own; a window that moves because of a message does not
 * send one back, so nothing echoes. BroadcastChannel reaches every window of the site in the same
 * browser (and does nothing where it is missing).
 */

export const CHANNEL = 'story-present';

export interface GotoMessage {
	type: 'goto';
	id: string;
}

/** Whether a message from the channel is one of ours (anything may arrive on a channel). */
export function isGoto(data: unknown): data is GotoMessage {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'goto' &&
		typeof (data as { id?: unknown }).id === 'string'
	);
}

export interface DeckChannel {
	/** Tells the other windows this one went to `id`. */
	send(id: string): void;
	/** Stops listening and closes the channel. */
	close(): void;
}

/** Opens the channel; `onGoto` hears the other windows' moves. */
export function openChannel(onGoto: (id: string) => void): DeckChannel {
	if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
	const channel = new BroadcastChannel(CHANNEL);
	const listen = (e: MessageEvent) => {
		if (isGoto(e.data)) onGoto(e.data.id);
	};
	channel.addEventListener('message', listen);
	return {
		send(id) {
			channel.postMessage({ type: 'goto', id } satisfies GotoMessage);
		},
		close() {
			channel.removeEventListener('message', listen);
			channel.close();
		}
	};
}
