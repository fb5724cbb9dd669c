import { describe, expect, it } from 'vitest';
import { MAX_GAP, locate, loose, looseMap, quoteProblem, standsIn } from './matching';

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

describe('locate finds where a quote stands, by the same rule', () => {
	const text =
		'He said:  “the claims are baseless” and\nleft. Later he said it was “a plot … by others”.';
	const at = (q: string) => locate(q, text)?.map(([a, b]) => text.slice(a, b)) ?? null;
	it('gives the passage as the document writes it (its quote marks and spacing), ends trimmed', () => {
		expect(at('"the claims are baseless" and left')).toEqual([
			'the claims are baseless” and\nleft'
		]);
	});
	it('gives each part of a quote joined with an ellipsis', () => {
		expect(at('are baseless ... He said')).toBeNull();
		expect(at('claims are baseless ... Later he said')).toEqual([
			'claims are baseless',
			'Later he said'
		]);
	});
	it('finds nothing where quoteProblem finds a problem', () => {
		expect(at('the claims were baseless')).toBeNull();
		expect(quoteProblem('the claims were baseless', text)).not.toBeNull();
	});
	it('keeps a map from the loose text back to the original', () => {
		const m = looseMap(text);
		expect(m.text).toBe(loose(text));
		expect(m.at).toHaveLength(m.text.length + 1);
		expect(text[m.at[m.text.indexOf('left')]!]).toBe('l');
	});
});
