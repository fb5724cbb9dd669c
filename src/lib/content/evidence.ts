/**
 * Evidence: every statement of the story cites the passage of a document it rests on, and every
 * cited passage stands word for word in that document. The validator calls {@link checkEvidence}
 * once the files are read; it adds a problem, naming file, line and field, for
 *
 * - a paragraph of chapter prose, a place's description or an event that cites no passage,
 * - a claim's cell that reports or differs without an excerpt (its cited passage),
 * - a cited passage in an unknown document, not word for word in its document, joined from parts
 *   (`...` or [brackets]: a citation is one run of the document's words) or too short to find
 *   and read in context.
 *
 * Passages are matched by the same rule as quotes (matching.ts): loose quote marks, dashes and
 * spacing; words, letters and case exactly.
 */
import { quoteProblem } from './matching';
import { lineOf, type Collector, type Parsed } from './parse';
import { citesOf, plainText, type Paragraph } from './prose';
import type { Claim, EventEntry } from './schema';
import { suggest } from './suggest';

/** The fewest words a cited passage may have. */
export const MIN_PASSAGE_WORDS = 5;

export interface EvidenceInput {
	chapters: { file: string; paragraphs: Paragraph[]; lines: number[] }[];
	places: { p: Parsed; paragraphs: Paragraph[] }[];
	events: { p: Parsed; list: EventEntry[] } | null;
	claims: { p: Parsed; list: Claim[] } | null;
	/** Known documents (a null value: known by name, its file has other problems). */
	sources: Map<string, unknown>;
	/** A document's full text, by id. */
	text: (id: string) => string | undefined;
	/** Every content file's text, to find the line a citation stands on. */
	files: Record<string, string>;
}

const HOW = '[^<source-id>: <exact passage>]';
const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Why a cited passage does not hold, or null when it does. */
export function passageProblem(
	source: string,
	passage: string,
	sources: EvidenceInput['sources'],
	text: EvidenceInput['text']
): string | null {
	if (!sources.has(source)) return `cites unknown source "${source}"${suggest(source, sources)}`;
	if (/\.\.\.|\u2026|[[\]]/.test(passage))
		return `cited passage "${clip(passage)}" is joined from parts: cite one run of the document's words, with no "..." or [brackets]`;
	const words = passage.trim().split(/\s+/).length;
	if (words < MIN_PASSAGE_WORDS)
		return `cited passage "${passage}" has ${words} word${words === 1 ? '' : 's'}: cite at least ${MIN_PASSAGE_WORDS}, enough to find it and read it in context`;
	const doc = text(source);
	if (doc === undefined) return null; // the missing document is reported on its own
	const problem = quoteProblem(passage, doc);
	return problem
		? `cited passage "${clip(passage)}" is not word for word in source "${source}" (data/sources/${source}.txt): ${problem}`
		: null;
}

/** The line of a file where a citation of these words starts (its words may wrap lines). */
function citeLine(file: string | undefined, source: string, passage: string): number | undefined {
	if (!file) return undefined;
	const head = passage
		.trim()
		.split(/\s+/)
		.slice(0, 3)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\s+');
	const m = new RegExp(`\\[\\^${source}:\\s*${head}`).exec(file);
	return m ? file.slice(0, m.index).split('\n').length : undefined;
}

export function checkEvidence(input: EvidenceInput, c: Collector): void {
	const problem = (source: string, passage: string) =>
		passageProblem(source, passage, input.sources, input.text);

	for (const ch of input.chapters)
		ch.paragraphs.forEach((para, i) => {
			const cites = citesOf(para);
			if (!cites.length)
				c.issues.push({
					file: ch.file,
					field: 'prose',
					line: ch.lines[i],
					message: `paragraph "${clip(plainText([para]), 50)}" cites no passage: add ${HOW} after the sentence it rests on`
				});
			for (const cite of cites) {
				const why = problem(cite.source, cite.passage);
				if (why) c.issues.push({ file: ch.file, field: 'prose', line: cite.line, message: why });
			}
		});

	for (const { p, paragraphs } of input.places) {
		const cites = paragraphs.flatMap(citesOf);
		if (!cites.length)
			c.add(p, ['description'], `cites no passage: add ${HOW} after the sentence it rests on`);
		for (const cite of cites) {
			const why = problem(cite.source, cite.passage);
			const line = citeLine(input.files[p.file], cite.source, cite.passage);
			if (why)
				c.issues.push({
					file: p.file,
					field: 'description',
					line: line ?? lineOf(p, ['description']),
					message: why
				});
		}
	}

	input.events?.list.forEach((e, i) => {
		const ev = input.events!.p;
		if (!e.cites?.length)
			c.add(
				ev,
				[i, 'sources'],
				`event "${e.id}" cites no passage: add cites: [{ source, passage }] with the words of its sources that give it`
			);
		e.cites?.forEach((cite, j) => {
			if (!e.sources.includes(cite.source) && input.sources.has(cite.source))
				c.add(
					ev,
					[i, 'cites', j, 'source'],
					`"${cite.source}" is not one of the event's sources (${e.sources.join(', ')}): cite a source it names, or add it to sources`
				);
			const why = problem(cite.source, cite.passage);
			if (why) c.add(ev, [i, 'cites', j, 'passage'], why);
		});
	});

	input.claims?.list.forEach((cl, i) =>
		cl.cells.forEach((cell, j) => {
			if (cell.verdict !== 'silent' && !cell.excerpt)
				c.add(
					input.claims!.p,
					[i, 'cells', j, 'says'],
					`a cell that ${cell.verdict === 'reports' ? 'reports' : 'differs'} cites its passage: add excerpt, the words of "${cell.source}" it rests on`
				);
		})
	);
}
