import { describe, expect, it } from 'vitest';
import { fragmentId, readDocument, sentenceRanges } from './document';

const split = (t: string) => sentenceRanges(t).map(([a, b]) => t.slice(a, b));

describe('sentenceRanges', () => {
	it('splits at a full stop, a question or an exclamation followed by a capital', () => {
		expect(split('The port was closed. Was it open? No! It was 2016.')).toEqual([
			'The port was closed.',
			'Was it open?',
			'No!',
			'It was 2016.'
		]);
	});
	it('keeps a closing quote mark with its sentence', () => {
		expect(split('He said “It failed.” Then he left.')).toEqual([
			'He said “It failed.”',
			'Then he left.'
		]);
	});
	it('does not split after initials or a title', () => {
		expect(split('The U.S. Navy came. Mr Smith and Dr. Jones left.')).toEqual([
			'The U.S. Navy came.',
			'Mr Smith and Dr. Jones left.'
		]);
	});
	it('does not split before a lower-case word', () => {
		expect(split('A team of U.S. experts came.')).toEqual(['A team of U.S. experts came.']);
	});
});

describe('readDocument', () => {
	const text = [
		'Donate now!',
		'Section',
		'Ships Leave Port',
		'By A Reporter',
		'Ships left the port. They came back.',
		'A photo caption',
		'Copyright (c) 2022. A News, Inc. All rights reserved.'
	].join('\n\n');
	const doc = readDocument(text, 'Ships Leave Port');

	it('takes every line before the headline, a copyright line and short headings as page furniture', () => {
		expect(doc.map((p) => p.kind)).toEqual([
			'furniture',
			'furniture',
			'headline',
			'furniture',
			'body',
			'furniture',
			'furniture'
		]);
	});
	it('gives the report its sentences (the headline is one) and page furniture none', () => {
		expect(doc.flatMap((p) => p.sentences.map((s) => s.text))).toEqual([
			'Ships Leave Port',
			'Ships left the port.',
			'They came back.'
		]);
	});
	it('says where each sentence stands in the text', () => {
		for (const s of doc.flatMap((p) => p.sentences))
			expect(text.slice(s.start, s.end)).toBe(s.text);
	});
	it('reads a document without a headline line as all report, bar its furniture', () => {
		expect(readDocument('One line.\nAnother line.').map((p) => p.kind)).toEqual(['body', 'body']);
	});
	it('gives two sentences with the same words two ids', () => {
		const ids = readDocument('It rained. It rained.').flatMap((p) => p.sentences.map((s) => s.id));
		expect(new Set(ids).size).toBe(2);
	});
});

describe('fragmentId', () => {
	it('is made of the first words and a hash of the text, loosely', () => {
		const id = fragmentId('passage', 'The “Port” of Valparaíso was closed');
		expect(id).toMatch(/^passage-the-port-of-valparaiso-[0-9a-z]{5}$/);
		expect(fragmentId('passage', 'The "Port"  of Valparaíso was closed')).toBe(id);
		expect(fragmentId('passage', 'The “Port” of Valparaíso was open')).not.toBe(id);
	});
});
