import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from './read-files.server';

describe('readContentDir', () => {
	it('reads every file, and bytes that are not UTF-8 as U+FFFD for the validator to refuse', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
		fs.mkdirSync(path.join(dir, 'places'));
		// "Valparaíso" saved as Latin-1: í is the single byte 0xED
		fs.writeFileSync(
			path.join(dir, 'places', 'valparaiso.yaml'),
			Buffer.from('name: Valpara\xedso\n', 'latin1')
		);
		fs.writeFileSync(path.join(dir, 'places', 'notes.yml'), 'x: 1\n');
		const files = readContentDir(dir);
		expect(Object.keys(files).sort()).toEqual([
			'data/places/notes.yml',
			'data/places/valparaiso.yaml'
		]);
		expect(files['data/places/valparaiso.yaml']).toBe('name: Valpara\uFFFDso\n');
	});
});
