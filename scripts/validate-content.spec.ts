// The README's examples of `validate-content.ts <dir>` are what the tool prints: the broken copy
// of data/ it describes (this test makes that copy and runs the tool), the fixture's count and a
// missing folder. A folder outside the project is named as given, and so are the files in it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const edits: [file: string, from: string | RegExp, to: string][] = [
	['sources/rferl.yaml', /^date: .*$/m, 'date: 7 September 2022'],
	['places/durres.yaml', /^lat: 41/m, 'lat: 141'],
	['places/durres.yaml', /^approximate:/m, 'aproximate:'],
	[
		'chapters/01-july-attack.md',
		'[a report citing The Telegraph](source:talks-exposed)',
		'[a report citing The Telegraph](https://www.telegraph.co.uk)'
	],
	['chapters/01-july-attack.md', '[Tirana](place:tirana)', '[Tirana](place:tiranna)'],
	['chapters/10-ports.md', 'places: [durres,', 'places: [duress,'],
	['quotes.yaml', 'The attack failed, and the damage', 'The attack failed, and the harm']
];

const FIXTURE = 'tests/fixtures/harbour-parcel';
const readme = () => fs.readFileSync('README.md', 'utf8');

/** The README's fenced block that starts with `start` (undefined if there is none). */
function block(start: string): string | undefined {
	return new RegExp('```\\n(' + start + '[\\s\\S]*?)```').exec(readme())?.[1]?.trim();
}

function run(dir?: string, env: NodeJS.ProcessEnv = {}): { code: number; out: string } {
	try {
		const args = ['tsx', 'scripts/validate-content.ts', ...(dir === undefined ? [] : [dir])];
		const out = execFileSync('npx', args, {
			encoding: 'utf8',
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		return { code: 0, out };
	} catch (e) {
		const err = e as { status: number; stdout: string; stderr: string };
		return { code: err.status, out: err.stdout + err.stderr };
	}
}

describe('validate-content.ts', () => {
	it('prints the README example for the broken copy it describes', () => {
		const dir = 'bad';
		fs.rmSync(dir, { recursive: true, force: true });
		fs.cpSync('data', dir, { recursive: true });
		try {
			for (const [file, from, to] of edits) {
				const p = path.join(dir, file);
				const before = fs.readFileSync(p, 'utf8');
				const after = before.replace(from, to);
				expect(after, `${file}: ${String(from)}`).not.toBe(before);
				fs.writeFileSync(p, after);
			}
			const { code, out } = run(dir);
			const example = block('The story content has');
			expect(example, 'README: the example block of problems').toBeDefined();
			expect(code).toBe(1);
			expect(out.trim()).toBe(example);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);

	it("prints the README's count for the fixture story", () => {
		const example = block('content ok');
		expect(example, 'README: the example "content ok" block').toBeDefined();
		expect(example).toContain(`(${FIXTURE})`);
		const { code, out } = run(FIXTURE);
		expect(code).toBe(0);
		expect(out.trim()).toBe(example);
		// The same folder written another way is named the same way.
		expect(run(`./${FIXTURE}/`).out.trim()).toBe(example);
	}, 30_000);

	it('names a folder outside the project, and the files in it, as given', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-content-'));
		try {
			fs.cpSync(FIXTURE, dir, { recursive: true });
			const ok = run(dir);
			expect(ok.code).toBe(0);
			expect(ok.out).toMatch(
				new RegExp(`^content ok \\(${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): 3 chapters`)
			);

			const edit = (file: string, from: string, to: string) => {
				const p = path.join(dir, file);
				const before = fs.readFileSync(p, 'utf8');
				expect(before, file).toContain(from);
				fs.writeFileSync(p, before.replace(from, to));
			};
			edit('places/santiago.yaml', 'lat: -33.4489', 'lat: -133.4489');
			edit('quotes.yaml', 'the crane did not drop it', 'the crane did not lift it');
			const { code, out } = run(dir);
			expect(code).toBe(1);
			expect(out.trim().split('\n')).toEqual([
				'The story content has 2 problems:',
				`  ${dir}/places/santiago.yaml:4  lat: latitude must be between -90 and 90, found -133.4489`,
				`  ${dir}/quotes.yaml:3  [0].text: is not word for word in source "bulletin" (${dir}/sources/bulletin.txt): no passage of the document reads so`
			]);
			expect(out).not.toMatch(/\bdata\/|\.\.\//);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);

	it('says in one line when the folder does not exist, as the README shows', () => {
		const missing = path.join(os.tmpdir(), 'no-such-content-folder');
		expect(fs.existsSync(missing)).toBe(false);
		const abs = run(missing);
		expect(abs.code).toBe(1);
		expect(abs.out).toBe(`validate-content: no content folder at ${missing}\n`);

		const rel = run('no-such-folder');
		expect(rel.code).toBe(1);
		expect(rel.out).toBe(
			`validate-content: no content folder at no-such-folder (${path.resolve('no-such-folder')})\n`
		);

		const env = run(undefined, { CONTENT_DIR: 'no-such-folder' });
		expect(env.code).toBe(1);
		expect(env.out).toMatch(
			/^validate-content: no content folder at no-such-folder \(CONTENT_DIR, /
		);

		const line = /`(validate-content: no content folder at [^`]+)`/.exec(readme())?.[1];
		expect(line, 'README: the missing-folder example').toBeDefined();
		const shown = line!.replace('validate-content: no content folder at ', '');
		expect(run(shown).out.trim()).toBe(line);
	}, 30_000);

	it('says a file is not a content folder, in one line', () => {
		const { code, out } = run('README.md');
		expect(code).toBe(1);
		expect(out).toMatch(/^validate-content: README\.md \(.*\) is a file, not a content folder\n$/);
	}, 30_000);
});
