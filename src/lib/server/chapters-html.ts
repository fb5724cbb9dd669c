import { render } from 'svelte/server';
import ChapterSection from '$lib/components/ChapterSection.svelte';
import TimelineStrip from '$lib/components/TimelineStrip.svelte';
import type { ComponentProps } from 'svelte';

type Props = ComponentProps<typeof ChapterSection>;

/**
 * The story's chapters as HTML, rendered at build time by ChapterSection: the same component, so
 * the same markup and the same escaping (Svelte escapes every text and attribute it writes). The
 * story page shows it with {@html}, which the browser adopts as it is instead of hydrating it.
 */
export function renderChapters(chapters: Props['chapter'][], places: Props['places']): string {
	return unhydrated(
		chapters
			.map((chapter) => render(ChapterSection, { props: { chapter, places } }).body)
			.join('\n')
	);
}

/** The story page's timeline strip as HTML, rendered at build time by TimelineStrip. */
export function renderStrip(events: ComponentProps<typeof TimelineStrip>['events']): string {
	return unhydrated(render(TimelineStrip, { props: { events } }).body);
}

/**
 * Hydration markers mean nothing in markup that is never hydrated. No text holds "<!--": Svelte
 * wrote every "<" of the content as "&lt;".
 */
const unhydrated = (html: string) => html.replace(/<!--[^]*?-->/g, '');
