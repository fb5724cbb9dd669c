/**
 * QR codes as images: the `qrcode` package draws an SVG, which becomes a data: URL for an <img>,
 * so no markup is ever inserted into the page. Works in the browser and at build time.
 */

/** A data: URL for an SVG document. */
export function svgDataUrl(svg: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A QR code for `text`, as a data: URL of an SVG (black on white, a quiet zone of two modules). */
export async function qrDataUrl(text: string): Promise<string> {
	const { default: QRCode } = await import('qrcode');
	const svg = await QRCode.toString(text, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' }
	});
	return svgDataUrl(svg);
}
