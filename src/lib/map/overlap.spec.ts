import { describe, expect, it } from 'vitest';
import { overlapping } from './overlap';

const box = (left: number, top: number, w = 10, h = 10) => ({
	left,
	top,
	right: left + w,
	bottom: top + h
});

describe('overlapping', () => {
	it('keeps the first box and any box clear of those kept', () => {
		expect(overlapping([box(0, 0), box(20, 0), box(40, 0)])).toEqual([false, false, false]);
	});

	it('marks a box that overlaps one kept before it', () => {
		expect(overlapping([box(0, 0), box(5, 5), box(20, 0)])).toEqual([false, true, false]);
	});

	it('compares only with kept boxes: one hidden box hides nothing after it', () => {
		// b overlaps a (hidden); c overlaps b but not a, so c is kept.
		expect(overlapping([box(0, 0), box(8, 0), box(16, 0)])).toEqual([false, true, false]);
	});

	it('does not count touching edges as overlap', () => {
		expect(overlapping([box(0, 0), box(10, 0)])).toEqual([false, false]);
	});
});
