/**
 * Markup rendered at build time, written into its page once.
 *
 * A page that shows such markup (the story's chapters) renders an empty
 * `<div data-fragment="<name>"></div>` where it goes, and its server load hands the HTML over with
 * `keepFragment(locals, name, html)`; the server hook (`hooks.server.ts`) fills the element as the
 * page is written. So the markup is in the page once: not also in the hydration data and
 * `__data.json`, as it would be if the load returned it. Svelte hydrates the element and never
 * looks inside it. Such a page needs a full load to get its markup: the site's links load pages
 * in full (`data-sveltekit-reload` in `app.html`).
 */

/** The attribute that marks where a fragment goes. */
export const FRAGMENT = 'data-fragment';

/** Hands a fragment of markup to the hook that writes it into the page being rendered. */
export function keepFragment(locals: App.Locals, name: string, html: string): void {
	(locals.fragments ??= {})[name] = html;
}

/**
 * The page's HTML with each `<div data-fragment="name"></div>` filled with its fragment. Throws on
 * a fragment the page has no place for, or a place with no fragment: a page never ships without
 * the markup it was built to show.
 */
export function fillFragments(html: string, fragments: Record<string, string> | undefined): string {
	const left = new Set(Object.keys(fragments ?? {}));
	const filled = html.replace(
		new RegExp(`(<div [^>]*${FRAGMENT}="([^"]+)"[^>]*>)(</div>)`, 'g'),
		(_, open: string, name: string, close: string) => {
			const body = fragments?.[name];
			if (body === undefined)
				throw new Error(`the page has a place for fragment "${name}" but no fragment of that name`);
			left.delete(name);
			return open + body + close;
		}
	);
	if (left.size) throw new Error(`no place in the page for fragment(s): ${[...left].join(', ')}`);
	return filled;
}
