/**
 * Moves SvelteKit's first scan of the page's links out of the task that hydrates the page.
 *
 * When the client starts, SvelteKit (src/runtime/client/client.js, `setup_preload`) walks every
 * `<a>` of the document, resolving its URL and reading six `data-sveltekit-*` options on each of
 * its ancestors, to find the links it should preload when they scroll into view. On this site
 * every link reloads the page (`data-sveltekit-reload` on the body), so the scan finds nothing,
 * yet it runs in the same task as hydration: a quarter of that task on the story page, which has
 * two hundred links (issue #16: total blocking time on every entry page).
 *
 * This plugin makes that first scan wait for the next task (`setTimeout(after_navigate)`); the
 * scans after later navigations are unchanged, and so is what the scan does. It edits the one
 * statement it names and fails the build when that statement is not found exactly once, so a
 * SvelteKit upgrade that changes the code stops the build instead of passing unpatched.
 */
import type { Plugin } from 'vite';

/** The end of `setup_preload` in @sveltejs/kit 2.x's client. */
const FIRST_SCAN = /after_navigate_callbacks\.add\(after_navigate\);(\s*)after_navigate\(\);/g;

/** The client module's code with its first link scan deferred; throws when it is not there. */
export function deferFirstLinkScan(code: string, file: string): string {
	const found = code.match(FIRST_SCAN)?.length ?? 0;
	if (found !== 1)
		throw new Error(
			`${file}: expected SvelteKit's first link scan ("after_navigate_callbacks.add(after_navigate); after_navigate();") once, found it ${found} times; scripts/vite-kit-link-scan.ts needs updating for this SvelteKit`
		);
	return code.replace(
		FIRST_SCAN,
		'after_navigate_callbacks.add(after_navigate);$1setTimeout(after_navigate); // deferred: scripts/vite-kit-link-scan.ts'
	);
}

const CLIENT = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;

export function kitLinkScan(): Plugin {
	return {
		name: 'kit-deferred-link-scan',
		enforce: 'pre',
		transform(code, id) {
			const file = id.split('?')[0]!;
			if (!CLIENT.test(file)) return;
			return { code: deferFirstLinkScan(code, file), map: null };
		}
	};
}
