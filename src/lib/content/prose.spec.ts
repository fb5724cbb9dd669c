import { describe, expect, it } from 'vitest';
import { citesOf, parseProse, plainText } from './prose';

describe('parseProse', () => {
	it('splits paragraphs on blank lines and joins wrapped lines', () => {
		const { paragraphs, problems } = parseProse('One line\nwrapped.\n\nTwo.');
		expect(problems).toEqual([]);
		expect(plainText(paragraphs)).toBe('One line wrapped.\n\nTwo.');
	});
	it('reads links to places, chapters and sources', () => {
		const { paragraphs } = parseProse(
			'At [Valparaíso](place:valparaiso) and [later](chapter:the-leak).'
		);
		expect(paragraphs[0]).toEqual([
			{ type: 'text', text: 'At ' },
			{ type: 'link', kind: 'place', ref: 'valparaiso', text: 'Valparaíso' },
			{ type: 'text', text: ' and ' },
			{ type: 'link', kind: 'chapter', ref: 'the-leak', text: 'later' },
			{ type: 'text', text: '.' }
		]);
	});
	it('reads emphasis', () => {
		expect(parseProse('a *purported* attack').paragraphs[0]).toContainEqual({
			type: 'em',
			text: 'purported'
		});
	});
	it('keeps markup as text, never as HTML', () => {
		const { paragraphs } = parseProse('<img src=x onerror=alert(1)>');
		expect(paragraphs[0]).toEqual([{ type: 'text', text: '<img src=x onerror=alert(1)>' }]);
	});
	it('reports a link to anywhere else with its line', () => {
		const { problems } = parseProse('Fine.\n\nSee [this](https://example.com).');
		expect(problems).toEqual([
			{
				line: 3,
				message:
					'link "[this](https://example.com)" must point to place:<slug>, chapter:<id> or source:<id>'
			}
		]);
	});
	it('reads a citation with its source, passage and line, even where the passage wraps', () => {
		const { paragraphs, problems } = parseProse(
			'Intro.\n\nThe port was closed.[^harbour-log: the port was closed\nto all traffic] Then *more*.'
		);
		expect(problems).toEqual([]);
		expect(citesOf(paragraphs[1]!)).toEqual([
			{
				type: 'cite',
				source: 'harbour-log',
				passage: 'the port was closed to all traffic',
				line: 3
			}
		]);
		expect(plainText(paragraphs)).toBe('Intro.\n\nThe port was closed. Then more.');
	});
	it('gives each citation the line it starts on', () => {
		const { paragraphs } = parseProse(
			'One.\nTwo.[^a-doc: five words of the passage]\nThree.[^b: more words of a passage]'
		);
		expect(citesOf(paragraphs[0]!).map((c) => c.line)).toEqual([2, 3]);
	});
	it("keeps a citation's text out of the prose, even markup in it", () => {
		const { paragraphs } = parseProse('Said.[^doc: *not emphasis* <b>or markup</b> here]');
		expect(paragraphs[0]).toEqual([
			{ type: 'text', text: 'Said.' },
			{ type: 'cite', source: 'doc', passage: '*not emphasis* <b>or markup</b> here', line: 1 }
		]);
	});
	it('reports a citation without a source id or passage, with its line', () => {
		const { problems } = parseProse('Fine.\n\nSaid.[^the port was closed]\nAnd.[^doc:]');
		expect(problems).toEqual([
			{
				line: 3,
				message: 'citation "[^the port was closed]" must be written [^<source-id>: <exact passage>]'
			},
			{ line: 4, message: 'citation "[^doc:]" must be written [^<source-id>: <exact passage>]' }
		]);
	});
});
