import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from './labels';
import type { Box } from './types';

const request = (over: Partial<LabelRequest>): LabelRequest => ({
	slug: 'harbour',
	text: 'Harbour',
	x: 100,
	y: 100,
	clear: 5,
	size: 14,
	fill: '#000',
	required: true,
	...over
});
const area: Box = [0, 0, 400, 300];

describe('placeLabels', () => {
	it("puts a label to the right of its pin when there is room, clear of the pin's radius", () => {
		const [label] = placeLabels([request({})], area, []);
		expect(label).toMatchObject({ anchor: 'start', slug: 'harbour', text: 'Harbour' });
		expect(label!.x).toBeGreaterThan(105);
	});

	it('moves to the left when the right is taken', () => {
		const [label] = placeLabels([request({})], area, [[104, 80, 400, 120]]);
		expect(label!.anchor).toBe('end');
		expect(label!.x).toBeLessThan(95);
	});

	it('leaves out a context label that finds no room, but keeps a required one inside the area', () => {
		const crowded: Box[] = [[0, 0, 400, 300]];
		expect(placeLabels([request({ required: false })], area, crowded)).toEqual([]);
		const [edge] = placeLabels([request({ x: 398, y: 150, clear: 2 })], [0, 0, 400, 300], crowded);
		expect(edge).toBeDefined();
		expect(edge!.x).toBeLessThanOrEqual(400);
	});

	it('keeps two labels of one spot from covering each other', () => {
		const [a, b] = placeLabels([request({}), request({ slug: 'quay', text: 'Quay' })], area, []);
		expect(a!.anchor).toBe('start');
		expect(b).toBeDefined();
		expect(b!.x !== a!.x || b!.y !== a!.y).toBe(true);
	});
});
