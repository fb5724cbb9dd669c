import { render } from 'svelte/server';
import ChapterSection from '$lib/components/ChapterSection.svelte';
import type { ComponentProps } from 'svelte';

type Props = ComponentProps<typeof ChapterSection>;

/**
 * The story's chapters as HTML, rendered at build time by ChapterSection: the same component, so
 * the same markup and the same escaping (Svelte escapes every text and attribute it writes). The
 * story page shows it with {@html}, which the browser adopts as it is instead of hydrating it.
 */
export function renderChapters(chapters: Props['chapter'][], places: Props['places']): string {
	return (
		chapters
			.map((chapter) => render(ChapterSection, { props: { chapter, places } }).body)
			.join('\n')
			// Hydration markers mean nothing in markup that is never hydrated. No text holds "<!--":
			// Svelte wrote every "<" of the content as "&lt;".
			.replace(/<!--[^]*?-->/g, '')
	);
}
