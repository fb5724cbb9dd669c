/**
 * The story page's timeline strip is markup rendered at build time (TimelineStrip.svelte); this
 * marks the chapter on screen in it: its events get the class `active` and `aria-current`, and
 * the strip scrolls itself (never the page) to bring the first of them into view.
 */
export function markStripChapter(
	strip: HTMLElement,
	chapter: string | null,
	behavior: ScrollBehavior
): void {
	let first: HTMLElement | undefined;
	for (const li of strip.querySelectorAll<HTMLElement>('li[data-chapter]')) {
		const on = li.dataset.chapter === chapter;
		li.classList.toggle('active', on);
		const a = li.querySelector('a');
		if (on) a?.setAttribute('aria-current', 'true');
		else a?.removeAttribute('aria-current');
		if (on) first ??= li;
	}
	const track = strip.querySelector('ol');
	if (!track || !first) return;
	track.scrollTo({ left: Math.max(0, first.offsetLeft - track.clientWidth / 3), behavior });
}
