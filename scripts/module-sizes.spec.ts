import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINES, modulesUnder, sizeProblems } from './module-sizes.mjs';

const lines = (n: number) => 'x\n'.repeat(n);

describe('sizeProblems', () => {
	it('passes modules within the limit and listed modules within their listed size', () => {
		expect(
			sizeProblems({ 'src/a.ts': lines(300), 'src/big.ts': lines(400) }, { 'src/big.ts': 400 })
		).toEqual([]);
	});

	it('fails a new module over the limit, naming it and its size', () => {
		expect(sizeProblems({ 'src/a.ts': lines(301) }, {})).toEqual([
			`src/a.ts: 301 lines, more than ${MAX_LINES}: split it along its seams`
		]);
	});

	it('fails a listed module that grew', () => {
		expect(sizeProblems({ 'src/big.ts': lines(401) }, { 'src/big.ts': 400 })[0]).toMatch(
			/^src\/big\.ts: 401 lines, more than the 400 it had/
		);
	});

	it('asks to drop a listed module once it is split or gone', () => {
		expect(
			sizeProblems({ 'src/big.ts': lines(120) }, { 'src/big.ts': 400, 'src/gone.ts': 500 })
		).toEqual([
			'src/big.ts: 120 lines now, within 300: remove its OVERSIZE line (was 400)',
			'src/gone.ts: listed in OVERSIZE but not found: remove its line'
		]);
	});
});

describe('modulesUnder', () => {
	it('lists the modules of src/ and leaves tests out', () => {
		const files = modulesUnder(path.resolve(import.meta.dirname, '..'));
		expect(files).toContain('src/lib/map/view.ts');
		expect(files).toContain('src/lib/components/LiveMap.svelte');
		expect(files.some((f) => f.endsWith('.spec.ts'))).toBe(false);
	});
});
