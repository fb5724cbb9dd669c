/**
 * The map's pins by keyboard, as plain geometry: which pins can take the focus (the ones wholly on
 * screen), which one is the map's single tab stop, and which pin an arrow key moves to.
 */

/** A point on screen, in the map's own pixels (y grows downwards). */
export interface Point {
	x: number;
	y: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The direction an arrow key names, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
	switch (key) {
		case 'ArrowUp':
			return 'up';
		case 'ArrowDown':
			return 'down';
		case 'ArrowLeft':
			return 'left';
		case 'ArrowRight':
			return 'right';
		default:
			return null;
	}
}

/**
 * Whether a pin's whole target (a square `size` px wide about its point) lies inside a map of
 * `width` × `height`. A pin partly outside must not take the focus: the browser would scroll the
 * map's clipped box (or the page) to show it.
 */
export function onScreen(p: Point, width: number, height: number, size = 24): boolean {
	const r = size / 2;
	return p.x - r >= 0 && p.y - r >= 0 && p.x + r <= width && p.y + r <= height;
}

/**
 * The pin an arrow key moves to from `from`: the nearest of `points` in that direction, or -1 when
 * none lies that way. Points within 45° of the arrow come first; among them (or, when there are
 * none, among all ahead of `from`), the one with the smallest distance ahead plus twice the
 * distance aside, so a pin straight ahead wins over a nearer one far off to the side. Ties go to
 * the earlier point. Points at `from` itself are never chosen.
 */
export function nearestInDirection(from: Point, points: readonly Point[], dir: Direction): number {
	let best = -1;
	let bestScore = Infinity;
	let bestInCone = false;
	points.forEach((p, i) => {
		const dx = p.x - from.x;
		const dy = p.y - from.y;
		const ahead = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
		const aside = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
		if (ahead <= 0) return;
		const inCone = aside <= ahead;
		const score = ahead + 2 * aside;
		if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
			best = i;
			bestScore = score;
			bestInCone = inCone;
		}
	});
	return best;
}

/**
 * The pin that holds the map's one tab stop, of those that can take the focus: the one with the
 * focus, if any; else the first active one (what the page is about now); else the one the reader
 * last had; else the first.
 */
export function tabStop<T extends { slug: string; active: boolean }>(
	pins: readonly T[],
	focused: string | null,
	last: string | null
): string | null {
	return (
		pins.find((p) => p.slug === focused)?.slug ??
		pins.find((p) => p.active)?.slug ??
		pins.find((p) => p.slug === last)?.slug ??
		pins[0]?.slug ??
		null
	);
}

/**
 * The name a pin is announced by: the place's name, saying the position is approximate unless the
 * name already does.
 */
export function pinName(place: { name: string; approximate?: boolean }): string {
	return place.approximate && !/approximate/i.test(place.name)
		? `${place.name} (approximate position)`
		: place.name;
}
