/**
 * Labels on the pictures: each tries a few positions and takes the first that stays in the focus
 * and clear of the labels and pins already placed. Labels not required (context) that find no
 * room are left out; a required one that fits nowhere is slid back inside.
 */
import { measureText, SANS_FONT } from './text';
import type { Box } from './types';

export interface Label {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	size: number;
	fill: string;
	spacing: number;
	slug: string;
}
export interface LabelRequest {
	slug: string;
	text: string;
	x: number;
	y: number;
	/** Distance from the point to keep clear (a pin's or a circle's radius); -1 centres the label. */
	clear: number;
	size: number;
	fill: string;
	spacing?: number;
	required: boolean;
}

const overlapArea = (a: Box, b: Box) =>
	Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
	Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
/** The score of a label position outside the area: worse than any overlap. */
const OUTSIDE = 1e9;

export function placeLabels(
	requests: readonly LabelRequest[],
	area: Box,
	obstacles: Box[]
): Label[] {
	const placed: Label[] = [];
	const taken = [...obstacles];
	for (const r of requests) {
		const spacing = r.spacing ?? 0;
		const w = measureText(r.text, r.size, SANS_FONT, spacing);
		const asc = r.size * 0.76;
		const desc = r.size * 0.24;
		const gap = r.clear + Math.max(3, r.size * 0.3);
		const mid = r.y + r.size * 0.35;
		const candidates: Pick<Label, 'x' | 'y' | 'anchor'>[] =
			r.clear < 0
				? [
						{ x: r.x, y: mid, anchor: 'middle' },
						{ x: r.x, y: mid - r.size * 1.3, anchor: 'middle' },
						{ x: r.x, y: mid + r.size * 1.3, anchor: 'middle' }
					]
				: [
						{ x: r.x + gap, y: mid, anchor: 'start' },
						{ x: r.x - gap, y: mid, anchor: 'end' },
						{ x: r.x, y: r.y - gap - desc, anchor: 'middle' },
						{ x: r.x, y: r.y + gap + asc, anchor: 'middle' },
						{ x: r.x + gap * 0.7, y: r.y - gap * 0.7 - desc, anchor: 'start' },
						{ x: r.x + gap * 0.7, y: r.y + gap * 0.7 + asc, anchor: 'start' },
						{ x: r.x - gap * 0.7, y: r.y - gap * 0.7 - desc, anchor: 'end' },
						{ x: r.x - gap * 0.7, y: r.y + gap * 0.7 + asc, anchor: 'end' }
					];
		const boxOf = (c: (typeof candidates)[number]): Box => {
			const left = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
			return [left - 1.5, c.y - asc - 1.5, left + w + 1.5, c.y + desc + 1.5];
		};
		const inside = (b: Box) =>
			b[0] >= area[0] && b[1] >= area[1] && b[2] <= area[2] && b[3] <= area[3];
		const score = (c: (typeof candidates)[number]) => {
			const b = boxOf(c);
			return (inside(b) ? 0 : OUTSIDE) + taken.reduce((sum, t) => sum + overlapArea(t, b), 0);
		};
		let best = candidates[0]!;
		let bestScore = score(best);
		for (const c of candidates.slice(1)) {
			if (bestScore === 0) break;
			const s = score(c);
			if (s < bestScore) [best, bestScore] = [c, s];
		}
		if (bestScore > 0 && !r.required) continue;
		if (bestScore >= OUTSIDE) {
			// A required label that fits nowhere: slide it back inside the area.
			const b = boxOf(best);
			const dx = Math.max(0, area[0] - b[0]) - Math.max(0, b[2] - area[2]);
			const dy = Math.max(0, area[1] - b[1]) - Math.max(0, b[3] - area[3]);
			best = { ...best, x: best.x + dx, y: best.y + dy };
		}
		taken.push(boxOf(best));
		placed.push({ ...best, text: r.text, size: r.size, fill: r.fill, spacing, slug: r.slug });
	}
	return placed;
}
