import { describe, expect, it } from 'vitest';
import { motionBetween, pickActive, stepAtLine } from './active-chapter';

describe('pickActive', () => {
	it('keeps the previous step while no step crosses the line', () => {
		expect(pickActive(new Set(), 3)).toBe(3);
	});
	it('takes the first of the steps crossing the line', () => {
		expect(pickActive(new Set([5, 4]), 2)).toBe(4);
	});
});

describe('stepAtLine', () => {
	const rects = [
		{ top: 100, bottom: 500 },
		{ top: 500, bottom: 900 },
		{ top: 900, bottom: 1300 }
	];
	it('is before the first step while the line is above it', () => {
		expect(stepAtLine(rects, 50)).toBe(-1);
	});
	it('is the step whose top the line has passed last', () => {
		expect(stepAtLine(rects, 600)).toBe(1);
		expect(stepAtLine(rects, 5000)).toBe(2);
	});
});

describe('motionBetween', () => {
	it('flies to the next or previous chapter', () => {
		expect(motionBetween(2, 3, false)).toBe('fly');
		expect(motionBetween(3, 2, false)).toBe('fly');
	});
	it('jumps over several chapters instead of flying through them', () => {
		expect(motionBetween(0, 7, false)).toBe('jump');
	});
	it('jumps for the first view and when the reader asks for less motion', () => {
		expect(motionBetween(null, 1, false)).toBe('jump');
		expect(motionBetween(2, 3, true)).toBe('jump');
	});
});
