/**
 * The picture's connections: a gentle arc from one place to another ($lib/map/view's arcPoints,
 * as on the live map), trimmed short of its ends and with an arrowhead at its destination.
 */
import { arcPoints } from '$lib/map/view';
import { colours } from '$lib/map/style';
import { round, type Canvas, type MapConnection } from './types';

export function connectionsLayer(canvas: Canvas, connections: readonly MapConnection[]): string[] {
	const { width, height, size, pinR, pt, onCanvas } = canvas;
	// Connections, under the places, trimmed short of their ends and with an arrowhead.
	const lines: string[] = [];
	for (const c of connections) {
		const points = arcPoints(c.from, c.to, 48).map(([lat, lng]) => pt(lat, lng));
		const trimmed = trimEnds(points, pinR + 3, pinR + 4);
		if (trimmed.length < 2) continue;
		const xs = trimmed.map(([x]) => x);
		const ys = trimmed.map(([, y]) => y);
		if (
			Math.max(...xs) < 0 ||
			Math.min(...xs) > width ||
			Math.max(...ys) < 0 ||
			Math.min(...ys) > height
		)
			continue;
		lines.push(
			`<path d="M${trimmed.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}" fill="none" stroke="${colours.accent}" stroke-width="${round(Math.max(1.6, size * 0.12))}" stroke-linecap="round" stroke-opacity="0.85"/>`
		);
		const [tx, ty] = trimmed[trimmed.length - 1]!;
		const [px, py] = trimmed[trimmed.length - 2]!;
		if (onCanvas(tx, ty)) lines.push(arrowhead(px, py, tx, ty, Math.max(8, size * 0.6)));
	}
	return lines;
}

/** Cuts a polyline short by `start` pixels at its start and `end` pixels at its end. */
function trimEnds(points: [number, number][], start: number, end: number): [number, number][] {
	const cut = (pts: [number, number][], by: number) => {
		let left = by;
		for (let i = 1; i < pts.length; i++) {
			const [x0, y0] = pts[i - 1]!;
			const [x1, y1] = pts[i]!;
			const len = Math.hypot(x1 - x0, y1 - y0);
			if (len >= left) {
				const t = left / len;
				return [[x0 + (x1 - x0) * t, y0 + (y1 - y0) * t] as [number, number], ...pts.slice(i)];
			}
			left -= len;
		}
		return [];
	};
	const fromStart = cut(points, start);
	return cut(fromStart.reverse(), end).reverse();
}

function arrowhead(px: number, py: number, tx: number, ty: number, len: number): string {
	const a = Math.atan2(ty - py, tx - px);
	const wing = (s: number) =>
		`${round(tx - len * Math.cos(a) + s * len * 0.45 * Math.sin(a))},${round(ty - len * Math.sin(a) - s * len * 0.45 * Math.cos(a))}`;
	return `<path d="M${round(tx)},${round(ty)}L${wing(1)}L${wing(-1)}Z" fill="${colours.accent}"/>`;
}
