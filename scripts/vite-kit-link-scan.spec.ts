import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardLinkScan } from './vite-kit-link-scan.ts';

const kit = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const client = path.join(kit, 'src/runtime/client/client.js');
const statement = 'after_navigate_callbacks.add(after_navigate);\n\tafter_navigate();';

/** A link whose nearest data-sveltekit-reload ancestor has `reload` (null: none). */
const link = (reload: string | null) => ({
	closest: () => (reload === null ? null : { getAttribute: () => reload })
});

/**
 * Runs the patched statement with SvelteKit's names stubbed: how many times the real scan runs
 * on a page with these links, at start-up and after one navigation.
 */
function scansOn(links: ReturnType<typeof link>[]) {
	let scans = 0;
	const callbacks: (() => void)[] = [];
	const timers: (() => void)[] = [];
	const run = new Function(
		'container',
		'after_navigate',
		'after_navigate_callbacks',
		'setTimeout',
		guardLinkScan(statement, 'client.js')
	);
	run(
		{ querySelectorAll: () => links },
		() => void scans++,
		{ add: (f: () => void) => callbacks.push(f) },
		(f: () => void) => timers.push(f)
	);
	const atStart = scans;
	timers.forEach((f) => f());
	const firstTask = scans;
	callbacks.forEach((f) => f());
	return { atStart, firstTask, afterNavigation: scans - firstTask };
}

describe('the guarded link scan', () => {
	it("finds the scan once in the installed SvelteKit's client and replaces only that statement", () => {
		const code = fs.readFileSync(client, 'utf8');
		const out = guardLinkScan(code, client);
		expect(out).toContain('setTimeout(scan_unless_every_link_reloads)');
		expect(out).not.toMatch(
			/after_navigate_callbacks\.add\(after_navigate\);\s*after_navigate\(\);/
		);
		const at = code.search(/after_navigate_callbacks\.add\(after_navigate\);/);
		expect(out.slice(0, at)).toBe(code.slice(0, at));
		const rest = code.slice(code.indexOf('after_navigate();', at) + 'after_navigate();'.length);
		expect(out.endsWith(rest)).toBe(true);
	});

	it('skips the scan when every link reloads the page, never in the hydrating task', () => {
		expect(scansOn([link(''), link('true'), link('')])).toEqual({
			atStart: 0,
			firstTask: 0,
			afterNavigation: 0
		});
	});

	it('scans, one task later, when any link does not reload (no attribute, "off" or "false")', () => {
		for (const other of [null, 'off', 'false'])
			expect(scansOn([link(''), link(other)])).toEqual({
				atStart: 0,
				firstTask: 1,
				afterNavigation: 1
			});
	});

	it('fails, naming the file, when the code it edits is not there', () => {
		expect(() => guardLinkScan('function setup_preload() {}', 'client.js')).toThrow(
			/client\.js: expected SvelteKit's first link scan .* found it 0 times/
		);
	});
});
