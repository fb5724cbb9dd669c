import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection, onScreen, pinName, tabStop } from './roving';

const pt = (x: number, y: number) => ({ x, y });

describe('arrowDirection', () => {
	it('names the four arrows and nothing else', () => {
		expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].map(arrowDirection)).toEqual([
			'up',
			'down',
			'left',
			'right'
		]);
		expect(arrowDirection('Enter')).toBeNull();
		expect(arrowDirection('a')).toBeNull();
	});
});

describe('onScreen', () => {
	it('keeps a pin whose whole target is inside the map', () => {
		expect(onScreen(pt(12, 12), 100, 100)).toBe(true);
		expect(onScreen(pt(88, 88), 100, 100)).toBe(true);
	});

	it('drops a pin partly or wholly outside', () => {
		expect(onScreen(pt(11, 50), 100, 100)).toBe(false);
		expect(onScreen(pt(50, 89), 100, 100)).toBe(false);
		expect(onScreen(pt(-300, 50), 100, 100)).toBe(false);
		expect(onScreen(pt(50, 5000), 100, 100)).toBe(false);
	});
});

describe('nearestInDirection', () => {
	// A cross about the middle, with one far pin to the right.
	const middle = pt(100, 100);
	const pins = [pt(100, 50), pt(100, 160), pt(40, 100), pt(150, 100), pt(300, 100)];

	it('moves to the nearest pin in each direction', () => {
		expect(nearestInDirection(middle, pins, 'up')).toBe(0);
		expect(nearestInDirection(middle, pins, 'down')).toBe(1);
		expect(nearestInDirection(middle, pins, 'left')).toBe(2);
		expect(nearestInDirection(middle, pins, 'right')).toBe(3);
	});

	it('goes on from there to the next one along', () => {
		expect(nearestInDirection(pins[3]!, pins, 'right')).toBe(4);
		expect(nearestInDirection(pins[4]!, pins, 'left')).toBe(3);
	});

	it('returns -1 when no pin lies that way', () => {
		expect(nearestInDirection(pins[4]!, pins, 'right')).toBe(-1);
		expect(nearestInDirection(middle, [], 'up')).toBe(-1);
	});

	it('never picks a pin at the same point', () => {
		expect(nearestInDirection(middle, [pt(100, 100)], 'right')).toBe(-1);
	});

	it('prefers a pin within 45° of the arrow over a nearer one off to the side', () => {
		// a: 30 right and 29 down (inside the cone); b: 10 right, 40 down (outside, but nearer)
		const a = pt(130, 129);
		const b = pt(110, 140);
		expect(nearestInDirection(middle, [b, a], 'right')).toBe(1);
	});

	it('falls back to pins ahead but outside the cone', () => {
		expect(nearestInDirection(middle, [pt(110, 200), pt(120, 300)], 'right')).toBe(0);
	});

	it('does not go backwards', () => {
		expect(nearestInDirection(middle, [pt(99, 0)], 'right')).toBe(-1);
	});

	it('breaks ties by order', () => {
		expect(nearestInDirection(middle, [pt(150, 90), pt(150, 110)], 'right')).toBe(0);
	});
});

describe('tabStop', () => {
	const pins = [
		{ slug: 'a', active: false },
		{ slug: 'b', active: true },
		{ slug: 'c', active: true }
	];

	it('stays on the pin with the focus', () => {
		expect(tabStop(pins, 'a', 'c')).toBe('a');
	});

	it('else takes the first active pin', () => {
		expect(tabStop(pins, null, 'a')).toBe('b');
		expect(tabStop(pins, 'gone', null)).toBe('b');
	});

	it('else the pin the reader last had, else the first, else none', () => {
		const quiet = [
			{ slug: 'a', active: false },
			{ slug: 'b', active: false }
		];
		expect(tabStop(quiet, null, 'b')).toBe('b');
		expect(tabStop(quiet, null, 'gone')).toBe('a');
		expect(tabStop([], 'a', 'a')).toBeNull();
	});
});

describe('pinName', () => {
	it('says a position is approximate once', () => {
		expect(pinName({ name: 'Somewhere', approximate: true })).toBe(
			'Somewhere (approximate position)'
		);
		expect(pinName({ name: 'Somewhere (approximate)', approximate: true })).toBe(
			'Somewhere (approximate)'
		);
		expect(pinName({ name: 'Somewhere', approximate: false })).toBe('Somewhere');
	});
});
