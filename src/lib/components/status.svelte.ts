/**
 * A short message for a role="status" region ("Link copied"), cleared after a few seconds. Call
 * stop() when the component goes (onDestroy), so no timer outlives it.
 */
export class Status {
	text = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	say(message: string, ms = 4000) {
		this.text = message;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.text = ''), ms);
	}

	stop() {
		clearTimeout(this.#timer);
	}
}
