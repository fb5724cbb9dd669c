/**
 * The story's content folder (CONTENT_DIR, default data/) as two virtual modules:
 *   virtual:content        every file of the folder as text, keyed "data/<path>" (the validator's
 *                          names; `dir` says which folder they came from). Server code only.
 *   virtual:basemap-tiers  the basemap's tiers (basemap/tiers.yaml), for the live map and the
 *                          pictures; the validator checks the file, this only parses it.
 * In dev, a change in the folder reloads the page with the new content.
 */
import path from 'node:path';
import fs from 'node:fs';
import { parse } from 'yaml';
import type { Plugin, ViteDevServer } from 'vite';
import { readContentDir } from '../src/lib/content/read-files.server.ts';

const IDS = ['virtual:content', 'virtual:basemap-tiers'];

export function storyContent(dir: string): Plugin {
	const root = path.resolve(dir);
	const shown = path.relative(process.cwd(), root).split(path.sep).join('/') || '.';
	const tiers = () => {
		const file = path.join(root, 'basemap', 'tiers.yaml');
		try {
			const read = (parse(fs.readFileSync(file, 'utf8')) as { tiers?: unknown } | null)?.tiers;
			return Array.isArray(read) ? read : [];
		} catch {
			return []; // the validator names what is wrong with it
		}
	};
	const invalidate = (server: ViteDevServer) => {
		for (const env of Object.values(server.environments))
			for (const id of IDS) {
				const m = env.moduleGraph.getModuleById(`\0${id}`);
				if (m) env.moduleGraph.invalidateModule(m);
			}
		server.ws.send({ type: 'full-reload' });
	};
	return {
		name: 'story-content',
		resolveId: (id) => (IDS.includes(id) ? `\0${id}` : undefined),
		load(id) {
			if (id === '\0virtual:content') {
				const files = readContentDir(root);
				for (const f of Object.keys(files)) this.addWatchFile(path.join(root, f.slice(5)));
				return `export const dir = ${JSON.stringify(shown)};\nexport default ${JSON.stringify(files)};`;
			}
			if (id === '\0virtual:basemap-tiers') return `export default ${JSON.stringify(tiers())};`;
		},
		configureServer(server) {
			server.watcher.add(root);
			const changed = (file: string) => {
				if (file.startsWith(root + path.sep)) invalidate(server);
			};
			server.watcher.on('add', changed);
			server.watcher.on('change', changed);
			server.watcher.on('unlink', changed);
		}
	};
}
