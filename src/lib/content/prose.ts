/**
 * The story's prose format: paragraphs separated by blank lines, *emphasis*, and links to the
 * story's own things only: [Durrës](place:durres), [the denial](chapter:tehran-denies),
 * [RFE/RL](source:rferl-ties-cut). Nothing is ever turned into HTML: the parser returns tokens
 * that components render as text, so no markup in the content can reach the page.
 */
export type LinkKind = 'place' | 'chapter' | 'source';
export type Inline =
	| { type: 'text'; text: string }
	| { type: 'em'; text: string }
	| { type: 'link'; kind: LinkKind; ref: string; text: string };
export type Paragraph = Inline[];

export interface ProseProblem {
	/** 1-based line within the prose */
	line: number;
	message: string;
}

const INLINE = /\[([^\]\n]+)\]\(([^)\s]*)\)|\*([^*\n]+)\*/g;
const TARGET = /^(place|chapter|source):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseProse(source: string): { paragraphs: Paragraph[]; problems: ProseProblem[] } {
	const problems: ProseProblem[] = [];
	const paragraphs: Paragraph[] = [];
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	let block: { text: string; line: number } | null = null;
	const flush = () => {
		if (block) paragraphs.push(parseInline(block.text, block.line, problems));
		block = null;
	};
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (!line) return flush();
		if (block) block.text += ' ' + line;
		else block = { text: line, line: i + 1 };
	});
	flush();
	return { paragraphs, problems };
}

function parseInline(text: string, line: number, problems: ProseProblem[]): Paragraph {
	const out: Paragraph = [];
	let at = 0;
	for (const m of text.matchAll(INLINE)) {
		if (m.index > at) out.push({ type: 'text', text: text.slice(at, m.index) });
		at = m.index + m[0].length;
		if (m[3] !== undefined) {
			out.push({ type: 'em', text: m[3] });
			continue;
		}
		const target = TARGET.exec(m[2] ?? '');
		if (!target) {
			problems.push({
				line,
				message: `link "${m[0]}" must point to place:<slug>, chapter:<id> or source:<id>`
			});
			out.push({ type: 'text', text: m[1] ?? '' });
			continue;
		}
		out.push({ type: 'link', kind: target[1] as LinkKind, ref: target[2]!, text: m[1]! });
	}
	if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
	return out;
}

/** The prose as plain text (for meta descriptions, slides, search). */
export function plainText(paragraphs: Paragraph[]): string {
	return paragraphs.map((p) => p.map((t) => t.text).join('')).join('\n\n');
}
