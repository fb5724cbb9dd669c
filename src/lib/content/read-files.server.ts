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

/** The ids and names of the countries in the basemap's TopoJSON files (what `polygon` may name). */
export function basemapCountries(dir = 'static/basemap'): Set<string> {
	const keys = new Set<string>();
	for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')))
		countriesOf(path.join(dir, f), keys);
	return keys;
}

function countriesOf(file: string, keys: Set<string>) {
	const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as {
		objects: Record<
			string,
			{ geometries?: { id?: string | number; properties?: { name?: string } }[] }
		>;
	};
	for (const object of Object.values(topology.objects))
		for (const g of object.geometries ?? []) {
			if (g.id !== undefined) keys.add(String(g.id));
			if (g.properties?.name) keys.add(g.properties.name);
		}
}
