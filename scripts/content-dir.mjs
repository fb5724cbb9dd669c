// Which story to build: CONTENT_DIR names its content folder (default data/). Shared by
// vite.config.ts, svelte.config.js, playwright.config.ts, validate-content.ts and the basemap
// script, so build, dev, validate and tests always read the same folder.
import path from 'node:path';

export const DEFAULT_CONTENT_DIR = 'data';

/** The content folder as given (relative to the project), default "data". */
export function contentDir(env = process.env) {
	return env.CONTENT_DIR?.trim() || DEFAULT_CONTENT_DIR;
}

/** True when the folder is the default one (data/), however it was written. */
export function isDefaultContent(dir = contentDir()) {
	return path.resolve(dir) === path.resolve(DEFAULT_CONTENT_DIR);
}

/**
 * Where the build goes: BUILD_DIR if set, build/ for data/, else build-<folder name>/, so a
 * second story never overwrites the first story's build.
 */
export function buildDir(env = process.env) {
	if (env.BUILD_DIR?.trim()) return env.BUILD_DIR.trim();
	const dir = contentDir(env);
	return isDefaultContent(dir) ? 'build' : `build-${path.basename(path.resolve(dir))}`;
}
