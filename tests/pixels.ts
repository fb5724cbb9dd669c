/**
 * What is drawn on screen, read from a screenshot: for focus rings, which live in the browser's
 * painting (a canvas basemap under them, box shadows, outlines) where the DOM cannot tell.
 *
 *   const [a, b] = await screenColours(page, [[10, 20], [14, 20]]);   // [r, g, b] each
 */
import type { Page } from '@playwright/test';

export type RGB = [number, number, number];

/**
 * The colours on screen at points of the viewport (CSS pixels): a screenshot of the small box about
 * them, decoded in a blank page of the same browser (no CSP there).
 */
export async function screenColours(page: Page, points: [number, number][]): Promise<RGB[]> {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const view = page.viewportSize()!;
	const x = Math.max(0, Math.floor(Math.min(...xs)) - 2);
	const y = Math.max(0, Math.floor(Math.min(...ys)) - 2);
	const clip = {
		x,
		y,
		width: Math.min(view.width, Math.ceil(Math.max(...xs)) + 3) - x,
		height: Math.min(view.height, Math.ceil(Math.max(...ys)) + 3) - y
	};
	const png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(
			async ({ b64, clip, points }) => {
				const img = new Image();
				img.src = `data:image/png;base64,${b64}`;
				await img.decode();
				const c = document.createElement('canvas');
				c.width = img.naturalWidth;
				c.height = img.naturalHeight;
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				const scale = c.width / clip.width;
				return points.map(([px, py]) => {
					const d = ctx.getImageData(
						Math.floor((px - clip.x) * scale),
						Math.floor((py - clip.y) * scale),
						1,
						1
					).data;
					return [d[0]!, d[1]!, d[2]!] as RGB;
				});
			},
			{ b64: png.toString('base64'), clip, points }
		);
	} finally {
		await blank.close();
	}
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: RGB, b: RGB): number {
	const lum = ([r, g, b]: RGB) => {
		const [R, G, B] = [r, g, b].map((v) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
	};
	const [x, y] = [lum(a), lum(b)];
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
