import { describe, expect, it } from 'vitest';
import { markDocument, passageId, type PassageInput } from './passages';

const text =
	'Headline Here\n\nThe port closed on Monday. Officials said “it will reopen soon” and left.\n\nA caption';
const use = (label: string): PassageInput['use'] => ({
	kind: 'chapter',
	label,
	href: `/#${label}`
});
const marked = (inputs: PassageInput[]) => markDocument(text, inputs, 'Headline Here');
const marks = (inputs: PassageInput[]) =>
	marked(inputs).paragraphs.flatMap((p) =>
		p.units.flatMap((u) => u.segments.filter((s) => s.passages.length).map((s) => s.text))
	);

describe('markDocument', () => {
	it('marks a passage as the document writes it, found loosely', () => {
		expect(marks([{ text: 'said "it will reopen soon"', use: use('one') }])).toEqual([
			'said “it will reopen soon'
		]);
	});
	it('marks each part of a passage joined with an ellipsis, anchored at its first part', () => {
		const doc = marked([{ text: 'The port closed ... Officials said', use: use('one') }]);
		const segs = doc.paragraphs[1]!.units.flatMap((u) => u.segments);
		expect(segs.filter((s) => s.passages.length).map((s) => s.text)).toEqual([
			'The port closed',
			'Officials said'
		]);
		expect(segs.filter((s) => s.anchors.length).map((s) => s.text)).toEqual(['The port closed']);
	});
	it('cuts overlapping passages into runs, each run naming every passage over it', () => {
		const doc = marked([
			{ text: 'said “it will reopen', use: use('one') },
			{ text: 'will reopen soon', use: use('two') }
		]);
		const segs = doc.paragraphs[1]!.units[1]!.segments.filter((s) => s.passages.length);
		expect(segs.map((s) => [s.text, s.passages.length])).toEqual([
			['said “it ', 1],
			['will reopen', 2],
			[' soon', 1]
		]);
	});
	it('merges the uses of passages with the same words, and lists them after their paragraph', () => {
		const doc = marked([
			{ text: 'port closed on Monday', use: use('one') },
			{ text: 'port closed on Monday', use: use('two') },
			{ text: 'port closed on Monday', use: use('two') },
			{ text: 'port closed on Monday', use: { ...use('three'), href: '/#two' } }
		]);
		expect(doc.passages).toHaveLength(1);
		expect(doc.paragraphs[1]!.notes[0]!.uses.map((u) => u.label)).toEqual(['one', 'two', 'three']);
		expect(doc.passages[0]!.id).toBe(passageId('port closed on Monday'));
	});
	it('counts the sentences of the report the story uses', () => {
		const doc = marked([{ text: 'port closed on Monday', use: use('one') }]);
		expect([doc.used, doc.sentences]).toEqual([1, 3]);
	});
	it('leaves out a passage the document does not hold', () => {
		expect(marked([{ text: 'the port opened', use: use('one') }]).passages).toEqual([]);
	});
	it('keeps every character of the document, in order', () => {
		const doc = marked([{ text: 'will reopen soon', use: use('one') }]);
		const shown = doc.paragraphs.map((p) =>
			p.units.map((u) => u.segments.map((s) => s.text).join('')).join(' ')
		);
		expect(shown.join('\n\n')).toBe(text);
	});
});
