/**
 * Keeps SvelteKit's scan of the page's links out of the task that hydrates the page, and skips it
 * when no link could use what it finds.
 *
 * When the client starts, and after each navigation, SvelteKit (src/runtime/client/client.js,
 * `setup_preload`) walks every `<a>` of the document, resolving its URL and reading six
 * `data-sveltekit-*` options on each of its ancestors, to find the links it should preload when
 * they scroll into view. A link that reloads the page (`data-sveltekit-reload` on it or an
 * ancestor, as on this engine's `<body>`) is never preloaded, so on a page where every link
 * reloads the scan finds nothing, yet it costs a task of its own: ~9 ms of CPU on the story page,
 * which has three hundred links (issue #16: total blocking time on every entry page).
 *
 * This plugin makes the scan ask first, with one native `closest()` per link, whether every link
 * reloads, and skip itself if so; where any link does not, the scan runs exactly as before. The
 * first scan also waits for the next task (`setTimeout`). It edits the one statement it names and
 * fails the build when that statement is not found exactly once, so a SvelteKit upgrade that
 * changes the code stops the build instead of passing unpatched.
 */
import type { Plugin } from 'vite';

/** The end of `setup_preload` in @sveltejs/kit 2.x's client. */
const FIRST_SCAN = /after_navigate_callbacks\.add\(after_navigate\);(\s*)after_navigate\(\);/g;

/**
 * What replaces it. `container` and `after_navigate` are SvelteKit's own names in that scope. A
 * link is taken to reload when its nearest `data-sveltekit-reload` says so (any value but "off"
 * and "false", as SvelteKit reads it); one that does not, or one inside a shadow root, which
 * `closest` cannot leave, makes the scan run.
 */
const GUARDED_SCAN = `function scan_unless_every_link_reloads() {
		for (const a of container.querySelectorAll('a')) {
			const value = a.closest('[data-sveltekit-reload]')?.getAttribute('data-sveltekit-reload');
			if (value == null || value === 'off' || value === 'false') return after_navigate();
		}
	}
	after_navigate_callbacks.add(scan_unless_every_link_reloads);$1setTimeout(scan_unless_every_link_reloads); // scripts/vite-kit-link-scan.ts`;

/** The client module's code with its link scan guarded and deferred; throws when it is not there. */
export function guardLinkScan(code: string, file: string): string {
	const found = code.match(FIRST_SCAN)?.length ?? 0;
	if (found !== 1)
		throw new Error(
			`${file}: expected SvelteKit's first link scan ("after_navigate_callbacks.add(after_navigate); after_navigate();") once, found it ${found} times; scripts/vite-kit-link-scan.ts needs updating for this SvelteKit`
		);
	return code.replace(FIRST_SCAN, GUARDED_SCAN);
}

const CLIENT = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;

export function kitLinkScan(): Plugin {
	return {
		name: 'kit-guarded-link-scan',
		enforce: 'pre',
		transform(code, id) {
			const file = id.split('?')[0]!;
			if (!CLIENT.test(file)) return;
			return { code: guardLinkScan(code, file), map: null };
		}
	};
}
