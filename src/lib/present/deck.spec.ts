import { describe, expect, it } from 'vitest';
import { formatElapsed, listNames, position, target } from './deck';

const ids = ['a', 'b', 'c', 'd'];

describe('position', () => {
	it('numbers a slide from 1 and names its neighbours', () => {
		expect(position(ids, 'b')).toEqual({
			index: 1,
			number: 2,
			total: 4,
			previous: 'a',
			next: 'c',
			first: 'a',
			last: 'd'
		});
	});

	it('has no previous at the start and no next at the end', () => {
		expect(position(ids, 'a').previous).toBeNull();
		expect(position(ids, 'd').next).toBeNull();
	});
});

describe('target', () => {
	it('leads to the neighbour or either end', () => {
		expect(target(ids, 'b', 'next')).toBe('c');
		expect(target(ids, 'b', 'previous')).toBe('a');
		expect(target(ids, 'b', 'first')).toBe('a');
		expect(target(ids, 'b', 'last')).toBe('d');
	});

	it('leads nowhere past either end, or to the slide already shown', () => {
		expect(target(ids, 'd', 'next')).toBeNull();
		expect(target(ids, 'a', 'previous')).toBeNull();
		expect(target(ids, 'a', 'first')).toBeNull();
		expect(target(ids, 'd', 'last')).toBeNull();
	});
});

describe('formatElapsed', () => {
	it('writes mm:ss, minutes counting past an hour', () => {
		expect(formatElapsed(0)).toBe('00:00');
		expect(formatElapsed(61_999)).toBe('01:01');
		expect(formatElapsed(75 * 60_000 + 3000)).toBe('75:03');
		expect(formatElapsed(-5)).toBe('00:00');
	});
});

describe('listNames', () => {
	it('joins names the way a sentence does', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['Santiago'])).toBe('Santiago');
		expect(listNames(['Santiago', 'Valparaíso', 'Suva'])).toBe('Santiago, Valparaíso and Suva');
	});
});
