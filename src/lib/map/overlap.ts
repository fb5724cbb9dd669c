/** A box on screen, as getBoundingClientRect gives it. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/**
 * Which boxes overlap one kept before them, in order: the first box is always kept, and a box that
 * overlaps none of those kept so far is kept too. Used for pin labels and crowded pins, with
 * every box measured first and every change written after, so the page is laid out once.
 */
export function overlapping(boxes: readonly Box[]): boolean[] {
	const kept: Box[] = [];
	return boxes.map((r) => {
		const hit = kept.some(
			(k) => r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top
		);
		if (!hit) kept.push(r);
		return hit;
	});
}
