import { describe, expect, it } from 'vitest';
import { namePattern, names, unused } from './place-names';

describe('namePattern', () => {
	const port = namePattern(['Portville', 'Port-Ville']);
	it('finds any of the names as a whole word, with a possessive or in a compound', () => {
		expect(names('They sailed to Portville.', port)).toBe(true);
		expect(names('Portville’s harbour', port)).toBe(true);
		expect(names('the Port-Ville ferry', port)).toBe(true);
		expect(names('the Lake-Portville line', port)).toBe(true);
	});
	it('does not find a name inside a longer word, or in another case', () => {
		expect(names('the Portvillean fleet', port)).toBe(false);
		expect(names('portville', port)).toBe(false);
	});
	it('compares quote marks and dashes loosely', () => {
		expect(names('They met in Ka’nara.', namePattern(["Ka'nara"]))).toBe(true);
		expect(names('the Port–Ville ferry', port)).toBe(true);
	});
	it('reads names with signs that mean something in a pattern as text', () => {
		expect(names('Fort (old) stood', namePattern(['Fort (old)']))).toBe(true);
		expect(names('Fort old stood', namePattern(['Fort (old)']))).toBe(false);
	});
});

describe('unused', () => {
	it('gives the names no text uses', () => {
		expect(unused(['Portville', 'Portvile'], ['In Portville.'])).toEqual(['Portvile']);
	});
});
