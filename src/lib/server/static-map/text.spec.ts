import { describe, expect, it } from 'vitest';
import { escapeXml, measureText } from './text';

describe('measureText (DejaVu Sans advance widths, read with opentype.js)', () => {
	it('is proportional to the size, and a wide letter is wider than a narrow one', () => {
		expect(measureText('Harbour', 20)).toBeCloseTo(2 * measureText('Harbour', 10), 6);
		expect(measureText('W', 14)).toBeGreaterThan(measureText('i', 14));
		// DejaVu Sans: "A" advances 1401 of 2048 units.
		expect(measureText('A', 2048)).toBe(1401);
	});

	it('adds letter-spacing between characters, counting characters, not UTF-16 units', () => {
		const plain = measureText('Suva 😀', 12);
		expect(measureText('Suva 😀', 12, undefined, 2)).toBeCloseTo(plain + 2 * 5, 6);
	});

	it('names the file when it is not a font', () => {
		expect(() => measureText('x', 10, 'package.json')).toThrow(/package\.json: not a font/);
	});
});

describe('escapeXml', () => {
	it('escapes the five XML characters and nothing else', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a> · ë`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt; · ë'
		);
	});
});
