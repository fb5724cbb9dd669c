/**
 * Just enough of a PDF reader for the handout test: how many pages a printed PDF has, and how much
 * text each one holds (its text-showing operators, Tj and TJ: about one per word or run), read from
 * Chromium's uncompressed object table and its Flate-compressed content streams.
 */
import zlib from 'node:zlib';

interface PdfObject {
	dict: string;
	stream: Buffer | null;
}

function objects(pdf: Buffer): Map<string, PdfObject> {
	const s = pdf.toString('latin1');
	const found = new Map<string, PdfObject>();
	for (const m of s.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) {
		const start = m.index + m[0].length;
		const end = s.indexOf('endobj', start);
		const streamAt = s.indexOf('stream', start);
		if (streamAt === -1 || streamAt > end) {
			found.set(m[1]!, { dict: s.slice(start, end), stream: null });
			continue;
		}
		const dict = s.slice(start, streamAt);
		const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
		const from = streamAt + (s[streamAt + 6] === '\r' ? 8 : 7);
		const raw = pdf.subarray(from, from + length);
		found.set(m[1]!, {
			dict,
			stream: /\/FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw
		});
	}
	return found;
}

/** For every page of the PDF (in the file's order), the number of text-showing operators on it. */
export function textPerPage(pdf: Buffer): number[] {
	const all = objects(pdf);
	return [...all.values()]
		.filter((o) => /\/Type\s*\/Page(?![a-zA-Z])/.test(o.dict))
		.map((page) => {
			const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
			let ops = 0;
			for (const ref of contents.matchAll(/(\d+) 0 R/g)) {
				const text = all.get(ref[1]!)?.stream?.toString('latin1') ?? '';
				ops += (text.match(/\bT[Jj]\b/g) ?? []).length;
			}
			return ops;
		});
}

/** The number of `/Type /Page` objects: the PDF's pages. */
export const pageCount = (pdf: Buffer): number =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
