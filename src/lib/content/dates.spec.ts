import { describe, expect, it } from 'vitest';
import { formatDate, formatRange, isPartialDate, precisionOf, sortKey } from './dates';

describe('isPartialDate', () => {
	it('accepts a year, a month and a day', () => {
		expect(isPartialDate('1965')).toBe(true);
		expect(isPartialDate('2022-09')).toBe(true);
		expect(isPartialDate('2022-07-15')).toBe(true);
	});
	it('rejects impossible dates', () => {
		expect(isPartialDate('2022-02-30')).toBe(false);
		expect(isPartialDate('2022-13')).toBe(false);
		expect(isPartialDate('2022-00-10')).toBe(false);
		expect(isPartialDate('2021-02-29')).toBe(false);
	});
	it('accepts 29 February in a leap year only', () => {
		expect(isPartialDate('2020-02-29')).toBe(true);
	});
	it('rejects other spellings', () => {
		expect(isPartialDate('15 July 2022')).toBe(false);
		expect(isPartialDate('2022-7-15')).toBe(false);
	});
});

describe('precision and formatting', () => {
	it('derives the precision from how the date is written', () => {
		expect(precisionOf('1965')).toBe('year');
		expect(precisionOf('2022-09')).toBe('month');
		expect(precisionOf('2022-09-07')).toBe('day');
	});
	it('formats no more precisely than the content says', () => {
		expect(formatDate('2022-07-15')).toBe('15 July 2022');
		expect(formatDate('2022-09')).toBe('September 2022');
		expect(formatDate('1965')).toBe('1965');
	});
	it('collapses a range within one year', () => {
		expect(formatRange('2022-07-15', '2022-09-07')).toBe('15 July – 7 September 2022');
		expect(formatRange('2022-09-09', '2022-09-11')).toBe('9 – 11 September 2022');
		expect(formatRange('1965', '2021-03')).toBe('1965 – March 2021');
		expect(formatRange('2022-09-07')).toBe('7 September 2022');
	});
	it('sorts a month at its start', () => {
		expect(sortKey('2022-09') < sortKey('2022-09-07')).toBe(true);
		expect(sortKey('2022-09-07') < sortKey('2022-09-09')).toBe(true);
	});
});
