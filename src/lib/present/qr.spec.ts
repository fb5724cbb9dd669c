import { describe, expect, it } from 'vitest';
import { qrDataUrl, svgDataUrl } from './qr';

describe('svgDataUrl', () => {
	it('escapes the SVG into a data: URL', () => {
		const url = svgDataUrl('<svg a="1#"/>');
		expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
		expect(url).not.toMatch(/[<>"#]/);
		expect(decodeURIComponent(url.split(',')[1]!)).toBe('<svg a="1#"/>');
	});
});

describe('qrDataUrl', () => {
	it('draws an SVG QR code', async () => {
		const url = await qrDataUrl('https://example.org/#ports');
		const svg = decodeURIComponent(url.split(',')[1]!);
		expect(svg).toMatch(/^<svg[^>]*viewBox/);
		expect(svg).toContain('#000000');
	});
});
