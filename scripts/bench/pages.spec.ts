import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, entryPages } from './pages.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pages-'));
const put = (rel: string, bytes: number) => {
	fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
	fs.writeFileSync(path.join(dir, rel), 'x'.repeat(bytes));
};
put('index.html', 50);
put('places/harbour.html', 30);
put('places/harbour/index.html', 999); // the copy for /places/harbour/
put('places/island.html', 40);
put('present/one.html', 20);
put('present/one/presenter.html', 500);
put('timeline.html', 10);
put('og/one.png', 9999);
afterAll(() => fs.rmSync(dir, { recursive: true }));

describe('entryPages', () => {
	it('takes the largest page of each type a link lands on, and only types the site has', () => {
		expect(entryPages(builtPages(dir))).toEqual([
			{ type: 'story', path: '/' },
			{ type: 'place', path: '/places/island' },
			{ type: 'slide', path: '/present/one' },
			{ type: 'timeline', path: '/timeline' }
		]);
	});

	it('reads pages, not the copies that serve a trailing slash or other files', () => {
		const paths = builtPages(dir).map((p) => p.path);
		expect(paths).not.toContain('/places/harbour/index');
		expect(paths.filter((p) => p.startsWith('/og'))).toEqual([]);
		expect(paths).toContain('/present/one/presenter');
	});
});
