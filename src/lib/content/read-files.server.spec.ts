import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapCountries, readContentDir } from './read-files.server';

describe('readContentDir', () => {
	it('reads every file, and bytes that are not UTF-8 as U+FFFD for the validator to refuse', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
		fs.mkdirSync(path.join(dir, 'places'));
		// "Durrës" saved as Latin-1: ë is the single byte 0xEB
		fs.writeFileSync(
			path.join(dir, 'places', 'durres.yaml'),
			Buffer.from('name: Durr\xebs\n', 'latin1')
		);
		fs.writeFileSync(path.join(dir, 'places', 'notes.yml'), 'x: 1\n');
		const files = readContentDir(dir);
		expect(Object.keys(files).sort()).toEqual(['data/places/durres.yaml', 'data/places/notes.yml']);
		expect(files['data/places/durres.yaml']).toBe('name: Durr\uFFFDs\n');
	});
});

describe('basemapCountries', () => {
	it('lists the ids and names of the basemap countries, Kosovo by its name', () => {
		const keys = basemapCountries();
		expect(keys.has('008')).toBe(true);
		expect(keys.has('Kosovo')).toBe(true);
		expect(keys.has('99999')).toBe(false);
	});
});
