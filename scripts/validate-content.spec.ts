// The README's example of `validate-content.ts <dir>` is what the tool prints for the copy of
// data/ it describes (this test makes that copy and runs the tool).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
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

function run(dir: string): { code: number; out: string } {
	try {
		const out = execFileSync('npx', ['tsx', 'scripts/validate-content.ts', dir], {
			encoding: 'utf8',
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
			const readme = fs.readFileSync('README.md', 'utf8');
			const example = /```\n(The story content has[\s\S]*?)```/.exec(readme)?.[1];
			expect(code).toBe(1);
			expect(out.trim()).toBe(example?.trim());
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);

	it('says so when the folder does not exist', () => {
		const { code, out } = run('no-such-folder');
		expect(code).toBe(1);
		expect(out).toMatch(/^validate: no content folder at no-such-folder/);
	}, 30_000);
});
