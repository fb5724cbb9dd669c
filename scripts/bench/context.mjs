/**
 * What every part of the bench shares (scripts/bench.mjs): its options, the budgets, the log.
 */
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const argv = process.argv.slice(2);
export const flag = (name) => argv.includes(`--${name}`);
export const option = (name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : fallback;
};
// Lighthouse's wall-clock numbers swing on a small machine: up to five runs of it.
export const lighthouseRuns = Number(option('runs', process.env.BENCH_LH_RUNS ?? 5));
/** Traced loads of / (about 6 s each, with the calibration beside each): the median kept. */
export const loadRuns = 7;
/** Scrolls through the story (about 25 s each): up to three, the first within budget kept. */
export const scrollRuns = 3;
export const budgets = JSON.parse(
	fs.readFileSync(path.join(root, 'bench', 'budgets.json'), 'utf8')
);
export const outDir = path.join(root, 'bench-results');

/** Engine-only sizes, gzip, in KB: constants from TOOLCHAIN.md (not measured by this script). */
export const ENGINES = [
	{ name: 'Leaflet 1.9.4 (leaflet.js 42.7 + leaflet.css 3.5)', kb: 42.7 + 3.5, ours: true },
	{ name: 'maplibre-gl (main + worker)', kb: 445 },
	{ name: 'mapbox-gl', kb: 520 }
];

export const log = (...a) => console.error('[bench]', ...a);
export const kb = (bytes) => bytes / 1024;
export const fmtKB = (bytes) => kb(bytes).toFixed(1);
