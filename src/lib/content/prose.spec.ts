import { describe, expect, it } from 'vitest';
import { parseProse, plainText } from './prose';

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
});
