/**
 * A citation's marker opens its note beside it. One listener on the document (the story's chapters
 * are build-time HTML with no components of their own): a plain click, tap or Enter on a marker
 * (`a[data-cite]`, linking to its note) shows the note's sentence, the document's name and its
 * link in a popover under the marker (a sheet along the bottom on a phone), with focus in it; Esc,
 * the close button or a click elsewhere closes it and focus goes back to the marker. Where the
 * browser has no popover support, the marker stays a link to its note under the text.
 */
const PHONE = '(max-width: 40rem)';

export function installEvidencePopover(doc: Document = document): () => void {
	if (!('showPopover' in HTMLElement.prototype)) return () => {};
	let pop: HTMLElement | null = null;
	let opener: HTMLAnchorElement | null = null;

	const place = () => {
		if (!pop || !opener) return;
		if (doc.defaultView!.matchMedia(PHONE).matches) {
			pop.style.left = pop.style.top = '';
			return;
		}
		const r = opener.getBoundingClientRect();
		const w = pop.offsetWidth;
		const h = pop.offsetHeight;
		const vw = doc.documentElement.clientWidth;
		const vh = doc.documentElement.clientHeight;
		const below = r.bottom + 6;
		pop.style.left = `${Math.max(8, Math.min(r.left - 16, vw - w - 8))}px`;
		pop.style.top = `${below + h <= vh - 8 ? below : Math.max(8, r.top - h - 6)}px`;
	};

	const build = () => {
		const el = doc.createElement('div');
		el.className = 'evidence-pop';
		el.setAttribute('popover', 'auto');
		el.setAttribute('role', 'dialog');
		el.tabIndex = -1;
		el.addEventListener('toggle', (e) => {
			if ((e as ToggleEvent).newState !== 'closed') return;
			opener?.setAttribute('aria-expanded', 'false');
			const active = doc.activeElement;
			// Back to the marker, unless the reader has moved on to something else.
			if (opener && (!active || active === doc.body || el.contains(active)))
				opener.focus({ preventScroll: true });
			doc.defaultView!.removeEventListener('scroll', place, true);
			doc.defaultView!.removeEventListener('resize', place);
		});
		doc.body.append(el);
		return el;
	};

	const open = (marker: HTMLAnchorElement, note: HTMLElement) => {
		pop ??= build();
		if (pop.matches(':popover-open')) pop.hidePopover();
		opener = marker;
		const n = marker.textContent ?? '';
		pop.setAttribute('aria-label', `Source ${n}`);
		const body = doc.createElement('p');
		for (const part of note.querySelectorAll('.note > *')) body.append(part.cloneNode(true), ' ');
		const close = doc.createElement('button');
		close.type = 'button';
		close.className = 'close';
		close.setAttribute('aria-label', 'Close');
		close.textContent = '×';
		close.addEventListener('click', () => pop?.hidePopover());
		pop.replaceChildren(body, close);
		pop.showPopover();
		marker.setAttribute('aria-expanded', 'true');
		place();
		pop.focus({ preventScroll: true });
		doc.defaultView!.addEventListener('scroll', place, { capture: true, passive: true });
		doc.defaultView!.addEventListener('resize', place);
	};

	const onClick = (e: MouseEvent) => {
		if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
			return;
		const marker = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-cite]');
		const note = marker && doc.getElementById(decodeURIComponent(marker.hash.slice(1)));
		if (!marker || !note) return;
		e.preventDefault();
		if (opener === marker && pop?.matches(':popover-open')) pop.hidePopover();
		else open(marker, note);
	};
	// Captured, so it comes before SvelteKit's own handling of a link to a place in the page.
	doc.addEventListener('click', onClick, true);
	return () => {
		doc.removeEventListener('click', onClick, true);
		pop?.remove();
	};
}
