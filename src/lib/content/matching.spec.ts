import { describe, expect, it } from 'vitest';
import { MAX_GAP, quoteProblem, standsIn } from './matching';

const doc =
	'Rama said the “extreme measure” was “not at all desired but completely forced...[and] in full proportion”. ' +
	'He called the decision “injudicious” and the claims “baseless”. The attack was carried out by a group. ' +
	'Officials said the attack was carried out by Ruritania.';

describe('standsIn', () => {
	it('finds a passage with straight quotes where the document has curly ones', () => {
		expect(standsIn('the "extreme measure" was', doc)).toBe(true);
	});
	it('holds a quote that stands as it is, its own ellipsis and brackets included', () => {
		expect(standsIn('completely forced...[and] in full proportion', doc)).toBe(true);
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

describe('quoteProblem refuses each way of beating the rule', () => {
	it('refuses a negation in brackets', () => {
		expect(quoteProblem('the attack was [not] carried out by Ruritania', doc)).toBe(
			'the bracketed insertion "[not]" is a negation, which can turn the quote around'
		);
		expect(quoteProblem("the attack [wasn't] carried out by Ruritania", doc)).toMatch(
			/is a negation/
		);
	});
	it('refuses a long bracketed insertion', () => {
		expect(
			quoteProblem('the attack [as everyone in the room knew] was carried out by Ruritania', doc)
		).toBe('the bracketed insertion "[as everyone in the room knew]" has 6 words (at most 4)');
	});
	it('refuses a lone word joined by an ellipsis', () => {
		expect(quoteProblem('injudicious ... baseless', doc)).toMatch(
			/^joins the lone word "injudicious" to the rest with "\.\.\."/
		);
		expect(quoteProblem('The attack was carried out by ... Ruritania', doc)).toMatch(
			/lone word "Ruritania"/
		);
	});
	it('refuses parts that stand too far apart', () => {
		const far = `The decision was announced on Wednesday. ${'Filler words here. '.repeat(30)}It was final and binding.`;
		expect(far.indexOf('It was') - far.indexOf('Wednesday')).toBeGreaterThan(MAX_GAP);
		expect(quoteProblem('announced on Wednesday ... final and binding', far)).toMatch(
			/do not stand in order within 300 characters/
		);
		expect(quoteProblem('announced on Wednesday ... Filler words here', far)).toBeNull();
	});
	it('names the part that is not in the document', () => {
		expect(quoteProblem('the attack was carried out ... by Borduria today', doc)).toBe(
			'the part "by Borduria today" is not word for word in the document'
		);
	});
	it('says when no passage reads so', () => {
		expect(quoteProblem('carried out by Russia', doc)).toBe('no passage of the document reads so');
	});
	it('lets a two-word part join after an ellipsis', () => {
		expect(quoteProblem('The attack was carried out ... a group', doc)).toBeNull();
	});
});
