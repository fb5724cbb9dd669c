import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from './check-links.mjs';

const script = path.join(import.meta.dirname, 'check-links.mjs');

/** A small built site: pages as the static adapter writes them. */
const fixture: Record<string, string> = {
	'index.html': `<!doctype html><html><head><link rel="stylesheet" href="/_app/app.css"></head><body>
		<a href="/places">places</a> <a href="/places/durres#quotes">Durrës</a>
		<a href="#intro">intro</a> <h1 id="intro">Story</h1>
		<a href="/sources">sources</a>
		<a href="https://example.org/elsewhere">another site</a> <a href="mailto:x@example.org">mail</a>
		<!-- a broken fragment, on purpose: there is no #nowhere on sources -->
		<a href="/sources#nowhere">a missing source</a>
		<script>const s = '<a href="/not-checked">';</script>
		<textarea><iframe src="/not-checked-either"></iframe></textarea>
	</body></html>`,
	'places.html': `<a href="/">back</a> <a href="places/durres">relative</a>`,
	'places/durres.html': `<section id="quotes"></section> <img src="/og/durres.png" alt="">
		<!-- a broken link, on purpose: there is no page /places/atlantis -->
		<a href="/places/atlantis">nowhere</a>`,
	'sources.html': `<article id="rferl"></article><a href="/#intro">story</a><a href="/places/">dir</a>`,
	'places/index.html': `<a href="/places/durres#quotes">ok</a>`,
	'og/durres.png': 'png',
	'_app/app.css': 'body{}'
};

let dir: string;

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-'));
	for (const [file, body] of Object.entries(fixture)) {
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.writeFileSync(path.join(dir, file), body);
	}
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check-links', () => {
	it('reports the broken link and the broken fragment, and nothing else', () => {
		const { broken } = checkLinks(dir) as {
			broken: { page: string; link: string; problem: string }[];
		};
		expect(broken).toEqual([
			{
				page: 'index.html',
				link: '/sources#nowhere',
				problem: 'no element with id "nowhere" on sources.html'
			},
			{
				page: 'places/durres.html',
				link: '/places/atlantis',
				problem: 'no file for /places/atlantis (href)'
			}
		]);
	});

	it('exits 1 as a command and names both (a test says so on purpose)', () => {
		let status = 0;
		let stderr = '';
		try {
			execFileSync(process.execPath, [script, dir], { stdio: 'pipe' });
		} catch (e) {
			const err = e as { status: number; stderr: Buffer };
			status = err.status;
			stderr = err.stderr.toString();
		}
		expect(status).toBe(1);
		expect(stderr).toContain('2 broken link(s)');
		expect(stderr).toContain('index.html: /sources#nowhere -> no element with id "nowhere"');
		expect(stderr).toContain(
			'places/durres.html: /places/atlantis -> no file for /places/atlantis'
		);
	});

	it('passes a site whose links all resolve', () => {
		const ok = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-ok-'));
		fs.writeFileSync(
			path.join(ok, 'index.html'),
			'<a href="/a#x">a</a><a href="#top">top</a><p id="top">'
		);
		fs.writeFileSync(path.join(ok, 'a.html'), '<p id="x"></p>');
		expect(execFileSync(process.execPath, [script, ok]).toString()).toMatch(/all resolve/);
		fs.rmSync(ok, { recursive: true, force: true });
	});

	it('knows the base path the site was built under', () => {
		const sub = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-base-'));
		fs.writeFileSync(
			path.join(sub, 'index.html'),
			'<a href="/story/a">a</a><a href="/a">outside</a>'
		);
		fs.writeFileSync(path.join(sub, 'a.html'), '');
		const { broken } = checkLinks(sub, { base: '/story' }) as { broken: { link: string }[] };
		expect(broken.map((b) => b.link)).toEqual(['/a']);
		fs.rmSync(sub, { recursive: true, force: true });
	});
});
