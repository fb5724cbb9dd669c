import { describe, expect, it } from 'vitest';
import { standsIn } from './matching';

const doc =
	'Rama said the “extreme measure” was “not at all desired but completely forced...[and] in full proportion”.';

describe('standsIn', () => {
	it('finds a passage with straight quotes where the document has curly ones', () => {
		expect(standsIn('the "extreme measure" was', doc)).toBe(true);
	});
	it('joins parts separated by an ellipsis, in order', () => {
		expect(standsIn('not at all desired … in full proportion', doc)).toBe(true);
		expect(standsIn('in full proportion … not at all desired', doc)).toBe(false);
	});
	it('does not forgive a changed word or case', () => {
		expect(standsIn('not at all wanted', doc)).toBe(false);
		expect(standsIn('Extreme measure', doc)).toBe(false);
	});
});
