/**
 * The validator's first stage: content issues, YAML parsing with line numbers, and schema checks
 * whose messages say what was found and what was expected.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ZodType } from 'zod';

/** Files are keyed by their path from the project root: "data/chapters/01-july.md". */
export type ContentFiles = Record<string, string>;

export interface ContentIssue {
	file: string;
	/** Dotted path to the field, e.g. "places[1]" or "cells[2].excerpt" */
	field: string;
	line?: number;
	message: string;
}

export class ContentError extends Error {
	constructor(readonly issues: ContentIssue[]) {
		super(
			`The story content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map(formatIssue).join('\n')
		);
		this.name = 'ContentError';
	}
}

/**
 * The same error with its files named as paths in the folder that was read ("data/…" -> "<dir>/…"),
 * in the file names and in the paths a message names ("(data/sources/x.txt)"), not in the content
 * it quotes (text between double quotes stays as it is).
 */
export function inFolder(e: ContentError, dir: string): ContentError {
	if (dir === 'data') return e;
	const message = (m: string) =>
		m
			.split(/("[^"]*")/)
			.map((part, i) => (i % 2 ? part : part.replace(/(^|[\s(])data\//g, `$1${dir}/`)))
			.join('');
	return new ContentError(
		e.issues.map((i) => ({
			...i,
			file: i.file.replace(/^data(?=\/|$)/, dir),
			message: message(i.message)
		}))
	);
}

export function formatIssue(i: ContentIssue): string {
	return `  ${i.file}${i.line ? `:${i.line}` : ''}  ${i.field ? `${i.field}: ` : ''}${i.message}`;
}

export type Path = (string | number)[];
export interface Parsed {
	file: string;
	doc: Document;
	lines: LineCounter;
	/** Lines before the YAML starts (front matter in a .md file). */
	offset: number;
	/** The file's value as plain data. */
	value: unknown;
}

function fieldName(path: Path): string {
	return path.reduce<string>(
		(s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k),
		''
	);
}

export class Collector {
	issues: ContentIssue[] = [];

	add(p: Parsed | string, path: Path, message: string) {
		const file = typeof p === 'string' ? p : p.file;
		const line = typeof p === 'string' ? undefined : lineOf(p, path);
		this.issues.push({ file, field: fieldName(path), line, message });
	}
}

export function lineOf(p: Parsed, path: Path): number | undefined {
	for (let n = path.length; n >= 0; n--) {
		const node = p.doc.getIn(path.slice(0, n), true) as
			{ range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) {
			return p.lines.linePos(node.range[0]).line + p.offset;
		}
		if (n === 0 && p.doc.contents?.range)
			return p.lines.linePos(p.doc.contents.range[0]).line + p.offset;
	}
	return undefined;
}

/** Aliases a file may use: enough for any story, far too few for an alias bomb. */
const MAX_ALIASES = 100;

export function parseYaml(file: string, text: string, offset: number, c: Collector): Parsed | null {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length) {
		for (const e of doc.errors) {
			const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
			// A citation's "[^doc: words]" in plain text reads to YAML as a field inside a field.
			const hint = /\[\^[a-z0-9-]+:/.test(text.split('\n')[line - 1] ?? '')
				? ' (a value holding a citation [^<source-id>: <passage>] must be a block: write "description: >-" and the text on the lines below, indented)'
				: '';
			c.issues.push({
				file,
				field: '',
				line: line + offset,
				message: `YAML: ${e.message.split('\n')[0]}${hint}`
			});
		}
		return null;
	}
	try {
		return { file, doc, lines, offset, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
	} catch (e) {
		c.issues.push({
			file,
			field: '',
			line: 1 + offset,
			message: `YAML: cannot be read (${e instanceof Error ? e.message : String(e)}): a content file needs at most ${MAX_ALIASES} aliases (*name)`
		});
		return null;
	}
}

const expectedNames: Record<string, string> = {
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	string: 'text',
	array: 'a list',
	tuple: 'a list',
	object: 'fields (name: value)'
};

/** What a reader of the file would call the value that was found. */
function found(input: unknown): string {
	if (input === null) return 'an empty value';
	if (typeof input === 'number') return Number.isNaN(input) ? 'NaN (not a number)' : String(input);
	if (typeof input === 'string') {
		const hint =
			input.trim() !== '' && !Number.isNaN(Number(input))
				? ' (text, in quote marks: write the number without them)'
				: '';
		return `"${input.length > 40 ? `${input.slice(0, 39)}…` : input}"${hint}`;
	}
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'object') return 'fields (name: value)';
	return String(input);
}

export function check<T>(p: Parsed, schema: ZodType<T>, c: Collector): T | null {
	const result = schema.safeParse(p.value, { reportInput: true });
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
		const input: unknown = issue.input;
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys)
				c.add(p, [...path, key], 'is not a known field (check the spelling)');
		} else if (issue.code === 'invalid_type' && path.length === 0 && input == null) {
			c.add(p, path, `is empty: expected ${expectedNames[issue.expected] ?? issue.expected}`);
		} else if (issue.code === 'invalid_type' && input === undefined) {
			c.add(p, path, 'is missing');
		} else if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
			const expected = expectedNames[issue.expected] ?? issue.expected;
			c.add(p, path, `expected ${expected}, found ${found(input)}`);
		} else if (input !== undefined && (typeof input !== 'object' || input === null)) {
			c.add(p, path, `${issue.message}, found ${found(input)}`);
		} else {
			c.add(p, path, issue.message);
		}
	}
	return null;
}
