// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** Build-time markup for the page being rendered (src/lib/server/fragments.ts). */
			fragments?: Record<string, string>;
		}
		interface PageData {
			/** A second skip link, after "Skip to the story": the id it focuses and its text. */
			skip?: { target: string; label: string };
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
