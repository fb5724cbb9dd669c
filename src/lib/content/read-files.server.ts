/** Reads a content folder from disk into the shape validateContent takes (for the CLI and tests). */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentFiles } from './parse';

/**
 * Every file below the folder, keyed "data/<path>", read as UTF-8 (bytes that are not UTF-8 become
 * U+FFFD, which the validator reports). Files the build does not read are included, so the
 * validator can name them.
 */
export function readContentDir(root: string): ContentFiles {
	const files: ContentFiles = {};
	const walk = (dir: string) => {
		for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
			const p = path.join(dir, d.name);
			if (d.isDirectory()) walk(p);
			else if (d.isFile())
				files[path.posix.join('data', path.relative(root, p).split(path.sep).join('/'))] =
					fs.readFileSync(p, 'utf8');
		}
	};
	walk(root);
	return files;
}
