// The bench's report on every entry page and on the first visit's precache: Markdown lines, and
// the budgets they exceed. Targets (bench/budgets.json `targets`) are the aims not yet met: shown
// beside each figure, never gating; a figure becomes a budget once it is met with a margin.

const kb = (bytes) => bytes / 1024;
const fmt = (bytes) => kb(bytes).toFixed(1);
const spread = (runs) => {
	const v = runs.map((r) => Math.round(r.cpuMs));
	return `${Math.min(...v)}–${Math.max(...v)}`;
};

/**
 * entries: [{ type, path }]; loads: first loads by path; blocking: { [path]: { cpuMs, runs } };
 * precache: { requests, bytes, files }.
 */
export function entryReport({ entries, loads, blocking, precache, budgets }) {
	const t = budgets.targets ?? {};
	const over = [];
	const lines = ['## Every entry page a link lands on (the largest of each type)', ''];
	lines.push(
		'First load: empty cache, gzip, desktop, until the network is idle (the story: before the reader moves). Blocking time: from CPU time on the mobile screen with the CPU slowdown below, median of the traced loads with their spread.',
		''
	);
	lines.push(
		'| type | page | first load KB | budget | target | requests | blocking time ms (spread) | budget | target |',
		'| --- | --- | ---: | --- | --- | ---: | ---: | --- | --- |'
	);
	for (const e of entries) {
		const load = loads.find((l) => l.path === e.path);
		const kbBudget = budgets.firstLoadKB?.[e.type];
		const kbTarget = t.firstLoadKB?.[e.type];
		// Blocking time has one budget yet, the story's (checked with the others in bench.mjs);
		// every page is shown against the target.
		const tbtBudget = e.type === 'story' ? budgets.totalBlockingTimeMs?.max : undefined;
		const b = blocking[e.path];
		const size = load ? kb(load.total) : NaN;
		if (kbBudget !== undefined && size > kbBudget)
			over.push(`first load of ${e.path} is ${size.toFixed(1)} KB (budget ≤ ${kbBudget} KB)`);
		const mark = (value, budget) =>
			budget === undefined ? '' : `≤ ${budget} ${value <= budget ? 'ok' : '**over**'}`;
		const aim = (value, target) =>
			target === undefined ? '' : `≤ ${target} ${value <= target ? 'met' : 'not yet'}`;
		lines.push(
			`| ${e.type} | \`${e.path}\` | ${load ? fmt(load.total) : '–'} | ${mark(size, kbBudget)} | ${aim(size, kbTarget)} | ${load?.requests ?? '–'} | ${b ? `${Math.round(b.cpuMs)} (${spread(b.runs)})` : '–'} | ${b ? mark(b.cpuMs, tbtBudget) : ''} | ${b ? aim(b.cpuMs, t.totalBlockingTimeMs) : ''} |`
		);
	}
	lines.push('');

	const pre = kb(precache.bytes);
	lines.push('## What a first visit saves for offline use (service worker precache, gzip)', '');
	lines.push(
		`${precache.requests} requests, **${pre.toFixed(1)} KB**${budgets.precacheKB ? `; budget ≤ ${budgets.precacheKB.max} KB: ${pre <= budgets.precacheKB.max ? 'ok' : '**over**'}` : ''}${t.precacheKB ? `; target ≤ ${t.precacheKB} KB: ${pre <= t.precacheKB ? 'met' : 'not yet'}` : ''}.`,
		''
	);
	if (budgets.precacheKB && pre > budgets.precacheKB.max)
		over.push(`the precache is ${pre.toFixed(1)} KB (budget ≤ ${budgets.precacheKB.max} KB)`);
	const groups = new Map();
	for (const f of precache.files) {
		const group = f.url.split('/').slice(0, 2).join('/') || '/';
		const g = groups.get(group) ?? { bytes: 0, n: 0 };
		g.bytes += f.bytes;
		g.n += 1;
		groups.set(group, g);
	}
	lines.push('| under | files | KB |', '| --- | ---: | ---: |');
	for (const [group, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes))
		lines.push(`| \`${group}\` | ${g.n} | ${fmt(g.bytes)} |`);
	lines.push('');
	return { lines, over };
}
