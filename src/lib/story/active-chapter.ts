/**
 * Which chapter is active as the reader scrolls, and how the map should get there. Pure logic,
 * so it is tested without a browser; the Scroller feeds it what its IntersectionObserver sees.
 */

/**
 * The active step: the first of the steps crossing the trigger line, or the previous one while
 * none does (between two steps, or past the last). -1 means "before the first step".
 */
export function pickActive(crossing: ReadonlySet<number>, previous: number): number {
	if (!crossing.size) return previous;
	return Math.min(...crossing);
}

/**
 * Before the first step the trigger line is above every step; past the last it is below. Given
 * the steps' tops and bottoms (viewport px) and the line, which step the reader is at.
 */
export function stepAtLine(
	rects: readonly { top: number; bottom: number }[],
	line: number
): number {
	let at = -1;
	rects.forEach((r, i) => {
		if (r.top <= line) at = i;
	});
	return at;
}

export type Motion = 'fly' | 'jump';

/**
 * A smooth flight to the next or previous chapter; a jump (no flight through the chapters in
 * between) for anything further, for the first view, and when the reader asks for less motion.
 */
export function motionBetween(from: number | null, to: number, reducedMotion: boolean): Motion {
	if (reducedMotion || from === null) return 'jump';
	return Math.abs(to - from) <= 1 ? 'fly' : 'jump';
}
