/**
 * The story's prose format: paragraphs separated by blank lines, *emphasis*, and links to the
 * story's own things only: [Durrës](place:durres), [the denial](chapter:tehran-denies),
 * [RFE/RL](source:rferl-ties-cut). Nothing is ever turned into HTML: the parser returns tokens
 * that components render as text, so no markup in the content can reach the page.
 *
 * Evidence: `[^<source-id>: <exact passage>]` after a sentence or clause cites the passage of a
 * document it rests on (`...ties with Iran.[^rferl: has cut diplomatic ties with Iran]`). The
 * validator checks the passage word for word (evidence.ts); the page shows a numbered marker.
 */
export type LinkKind = 'place' | 'chapter' | 'source';
export type Inline =
	| { type: 'text'; text: string }
	| { type: 'em'; text: string }
	| { type: 'link'; kind: LinkKind; ref: string; text: string }
	/** A cited passage: `line` is its 1-based line within the prose. */
	| { type: 'cite'; source: string; passage: string; line: number };
export type Cite = Extract<Inline, { type: 'cite' }>;
export type Paragraph = Inline[];

export interface ProseProblem {
	/** 1-based line within the prose */
	line: number;
	message: string;
}

const INLINE = /\[\^([^\]\n]*)\]|\[([^\]\n]+)\]\(([^)\s]*)\)|\*([^*\n]+)\*/g;
const CITE = /^([a-z0-9]+(?:-[a-z0-9]+)*):\s*(\S[^]*?)\s*$/;
const TARGET = /^(place|chapter|source):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseProse(source: string): {
	paragraphs: Paragraph[];
	/** The 1-based line each paragraph starts on. */
	lines: number[];
	problems: ProseProblem[];
} {
	const problems: ProseProblem[] = [];
	const paragraphs: Paragraph[] = [];
	const starts: number[] = [];
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	// A paragraph's text, and where each of its lines starts in it.
	let block: { text: string; starts: number[]; line: number } | null = null;
	const flush = () => {
		if (block) {
			paragraphs.push(parseInline(block, problems));
			starts.push(block.line);
		}
		block = null;
	};
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (!line) return flush();
		if (block) {
			block.text += ' ';
			block.starts.push(block.text.length);
			block.text += line;
		} else block = { text: line, starts: [0], line: i + 1 };
	});
	flush();
	return { paragraphs, lines: starts, problems };
}

function parseInline(
	block: { text: string; starts: number[]; line: number },
	problems: ProseProblem[]
): Paragraph {
	const { text, line: first } = block;
	const lineAt = (i: number) => first + block.starts.filter((s) => s <= i).length - 1;
	const out: Paragraph = [];
	let at = 0;
	for (const m of text.matchAll(INLINE)) {
		const line = lineAt(m.index);
		if (m.index > at) out.push({ type: 'text', text: text.slice(at, m.index) });
		at = m.index + m[0].length;
		if (m[1] !== undefined) {
			const cite = CITE.exec(m[1]);
			if (cite) out.push({ type: 'cite', source: cite[1]!, passage: cite[2]!, line });
			else
				problems.push({
					line,
					message: `citation "${m[0].slice(0, 60)}" must be written [^<source-id>: <exact passage>]`
				});
			continue;
		}
		if (m[4] !== undefined) {
			out.push({ type: 'em', text: m[4] });
			continue;
		}
		const target = TARGET.exec(m[3] ?? '');
		if (!target) {
			problems.push({
				line,
				message: `link "${m[0]}" must point to place:<slug>, chapter:<id> or source:<id>`
			});
			out.push({ type: 'text', text: m[2] ?? '' });
			continue;
		}
		out.push({ type: 'link', kind: target[1] as LinkKind, ref: target[2]!, text: m[2]! });
	}
	if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
	return out;
}

/** The prose as plain text, without its citations (for meta descriptions, slides, search). */
export function plainText(paragraphs: Paragraph[]): string {
	return paragraphs
		.map((p) =>
			p
				.map((t) => (t.type === 'cite' ? '' : t.text))
				.join('')
				.trim()
		)
		.join('\n\n');
}

/** The passages a paragraph cites, in order. */
export const citesOf = (p: Paragraph): Cite[] => p.filter((t): t is Cite => t.type === 'cite');
