import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferFirstLinkScan } from './vite-kit-link-scan.ts';

const kit = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const client = path.join(kit, 'src/runtime/client/client.js');

describe('the deferred first link scan', () => {
	it("finds the scan once in the installed SvelteKit's client and moves it to the next task", () => {
		const code = fs.readFileSync(client, 'utf8');
		const out = deferFirstLinkScan(code, client);
		expect(out).toContain('setTimeout(after_navigate)');
		expect(out).not.toMatch(
			/after_navigate_callbacks\.add\(after_navigate\);\s*after_navigate\(\);/
		);
		// only that statement changes
		expect(out.length - code.length).toBe(
			'setTimeout(after_navigate); // deferred: scripts/vite-kit-link-scan.ts'.length -
				'after_navigate();'.length
		);
	});

	it('fails, naming the file, when the code it edits is not there', () => {
		expect(() => deferFirstLinkScan('function setup_preload() {}', 'client.js')).toThrow(
			/client\.js: expected SvelteKit's first link scan .* found it 0 times/
		);
	});
});
