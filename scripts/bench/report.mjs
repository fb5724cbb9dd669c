// The budgets the bench gates on, and its Markdown report.
import { ENGINES, budgets, fmtKB, kb } from './context.mjs';
import { KINDS } from './bytes.mjs';
import { judged, withinBudget } from './lighthouse.mjs';

export function checkBudgets(lh, blocking, scroll) {
	const over = [];
	for (const [cat, { min }] of Object.entries(budgets.lighthouse))
		if (judged(lh.best, cat) < min)
			over.push(`Lighthouse ${cat} is ${judged(lh.best, cat)} (budget ≥ ${min})`);
	if (blocking.cpuMs > budgets.totalBlockingTimeMs.max)
		over.push(
			`total blocking time of / (CPU time, x${blocking.slowdown.toFixed(2)}) is ${Math.round(blocking.cpuMs)} ms (budget ≤ ${budgets.totalBlockingTimeMs.max} ms)`
		);
	if (lh.best.cls > budgets.cumulativeLayoutShift.max)
		over.push(
			`Lighthouse CLS is ${lh.best.cls.toFixed(3)} (budget ≤ ${budgets.cumulativeLayoutShift.max})`
		);
	if (scroll.longestCpuMs > budgets.longestTaskWhileScrollingMs.max)
		over.push(
			`longest task while scrolling is ${Math.round(scroll.longestCpuMs)} ms of CPU time (budget ≤ ${budgets.longestTaskWhileScrollingMs.max} ms)`
		);
	return over;
}

export function report({ buildSeconds, pages, loads, cpu, lh, blocking, scroll, over, when }) {
	const ok = (pass) => (pass ? 'ok' : '**over**');
	const [home] = loads;
	const lines = [];
	lines.push(`# Bench (${when})`, '');
	lines.push(
		`Build: ${buildSeconds === null ? 'not run (--no-build)' : `${buildSeconds.toFixed(1)} s (\`npm run build\`, content check included)`}`,
		''
	);
	lines.push('## Bytes on the wire, first load (empty cache, gzip, desktop 1280×800)', '');
	lines.push(
		'The story shows a picture of its map until the reader scrolls, touches or points at it; "with the live map" adds what the live map then loads (Leaflet, the basemap).',
		''
	);
	lines.push(`| kind | ${loads.map((l) => `\`${l.path}\` KB`).join(' | ')} |`);
	lines.push(`| --- | ${loads.map(() => '---:').join(' | ')} |`);
	for (const k of KINDS)
		lines.push(`| ${k} | ${loads.map((l) => fmtKB(l.bytes[k])).join(' | ')} |`);
	lines.push(`| **total** | ${loads.map((l) => `**${fmtKB(l.total)}**`).join(' | ')} |`);
	lines.push(`| requests | ${loads.map((l) => l.requests).join(' | ')} |`);
	lines.push('');
	lines.push(...pages);
	lines.push('Heaviest files of the first load of `/`:', '');
	lines.push('| file | kind | KB |', '| --- | --- | ---: |');
	for (const f of home.files.slice(0, 6))
		lines.push(`| \`${f.url}\` | ${f.kind} | ${fmtKB(f.bytes)} |`);
	lines.push('');

	const b = lh.best;
	const L = budgets.lighthouse;
	const x = `×${cpu.slowdown.toFixed(2)}`;
	lines.push('## CPU', '');
	lines.push(
		`This host's Lighthouse benchmarkIndex: ${Math.round(cpu.index)}, counted per second of CPU time (median of ${cpu.samples.map(Math.round).join(', ')}; per second of wall clock, as Lighthouse counts it: ${cpu.wallClock.map(Math.round).join(', ')}). Lighthouse's 4× CPU slowdown is made for a host of 1500–2000; the target device here is benchmarkIndex ${cpu.target} (4× on a host of 1750), so the slowdown is ${Math.round(cpu.index)} / ${cpu.target} = **${x}**${cpu.index < cpu.target ? ' (this host is slower than the target: no slowdown, and every figure is pessimistic)' : ''}.`,
		''
	);
	lines.push(
		`## Lighthouse 12, mobile preset, CPU slowdown ×${lh.slowdown.toFixed(2)} (the median of every benchmark sample), \`/\` (${withinBudget(lh.best) ? 'the first run within budget' : 'the best performance run'} of ${lh.runs.length}; every run: ${lh.runs.map((r) => `performance ${r.performanceCpu} (its own ${r.performance}, TBT ${Math.round(r.tbtMs)} ms)`).join('; ')})`,
		''
	);
	lines.push('| measure | value | budget | |', '| --- | ---: | --- | --- |');
	lines.push(
		`| performance, its TBT from CPU time (below) | ${b.performanceCpu} | ≥ ${L.performance.min} | ${ok(b.performanceCpu >= L.performance.min)} |`
	);
	lines.push(
		`| performance as Lighthouse scored it (wall-clock TBT; reported) | ${b.performance} | | |`
	);
	for (const cat of ['accessibility', 'best-practices', 'seo'])
		lines.push(`| ${cat} | ${b[cat]} | ≥ ${L[cat].min} | ${ok(b[cat] >= L[cat].min)} |`);
	lines.push(`| first contentful paint | ${Math.round(b.fcpMs)} ms | | |`);
	lines.push(`| largest contentful paint | ${Math.round(b.lcpMs)} ms | | |`);
	lines.push(
		`| total blocking time, wall clock (reported; the budget is on CPU time, below) | ${Math.round(b.tbtMs)} ms | | |`
	);
	lines.push(
		`| cumulative layout shift | ${b.cls.toFixed(3)} | ≤ ${budgets.cumulativeLayoutShift.max} | ${ok(b.cls <= budgets.cumulativeLayoutShift.max)} |`
	);
	lines.push(`| host benchmarkIndex during the run | ${Math.round(b.benchmarkIndex)} | | |`);
	if (b.failingAudits.length)
		lines.push('', `Failing audits: ${b.failingAudits.map((a) => `\`${a}\``).join(', ')}`);
	lines.push('');

	lines.push(
		`## Total blocking time of \`/\` from CPU time (mobile screen 412×823, CPU slowdown ×${blocking.slowdown.toFixed(2)} from the median of ${blocking.samples} benchmark samples, one before each load; median of ${blocking.runs.length} traced loads after a warm-up: ${blocking.runs.map((r) => `${Math.round(r.cpuMs)} ms`).join(', ')})`,
		''
	);
	lines.push(
		'Each main-thread task after the first contentful paint counts slowdown × its CPU time − 50 ms, as Lighthouse counts its simulated tasks; the wall clock, counted the same way, shows what the other processes on this machine added.',
		''
	);
	lines.push('| measure | CPU time | wall clock | budget | |', '| --- | ---: | ---: | --- | --- |');
	lines.push(
		`| total blocking time | ${Math.round(blocking.cpuMs)} ms | ${Math.round(blocking.wallMs)} ms | ≤ ${budgets.totalBlockingTimeMs.max} ms | ${ok(blocking.cpuMs <= budgets.totalBlockingTimeMs.max)} |`
	);
	lines.push(
		`| longest task (no slowdown) | ${Math.round(blocking.longestCpuMs)} ms | ${Math.round(blocking.longestWallMs)} ms | | |`
	);
	lines.push('');

	lines.push(
		`## Scrolling the whole story from a fresh page, the live map starting on the first step (desktop 1280×800, reduced motion off, no slowdown; ${scroll.longestCpuMs <= budgets.longestTaskWhileScrollingMs.max ? 'the first run within budget' : 'the best run'} of ${scroll.runs.length}, longest task of each: ${scroll.runs.map((r) => `${Math.round(r.longestCpuMs)} ms CPU (${Math.round(r.longestWallMs)} ms wall)`).join(', ')})`,
		''
	);
	lines.push('| measure | CPU time | wall clock | budget | |', '| --- | ---: | ---: | --- | --- |');
	lines.push(
		`| longest task | ${Math.round(scroll.longestCpuMs)} ms | ${Math.round(scroll.longestWallMs)} ms | ≤ ${budgets.longestTaskWhileScrollingMs.max} ms | ${ok(scroll.longestCpuMs <= budgets.longestTaskWhileScrollingMs.max)} |`
	);
	lines.push(`| tasks of 50 ms or more | ${scroll.longTasksCpu} | ${scroll.longTasksWall} | | |`);
	lines.push(`| scroll steps (⅓ viewport, 120 ms apart) | ${scroll.steps} | | | |`);
	lines.push('');

	lines.push('## The map engine against the alternatives (engine only, gzip)', '');
	lines.push(
		'Constants from TOOLCHAIN.md, not measured here; "`/` with the live map, with it" swaps Leaflet for the engine in the measured total of `/` once its live map has loaded.',
		''
	);
	lines.push(
		'| engine | KB | × Leaflet | `/` with the live map, with it |',
		'| --- | ---: | ---: | ---: |'
	);
	const leaflet = ENGINES[0].kb;
	const live = loads.find((l) => l.path === '/ with the live map') ?? home;
	for (const e of ENGINES)
		lines.push(
			`| ${e.name}${e.ours ? ' (ours)' : ''} | ${e.kb.toFixed(1)} | ${(e.kb / leaflet).toFixed(1)}× | ${(kb(live.total) - leaflet + e.kb).toFixed(0)} KB |`
		);
	lines.push('');
	lines.push(
		over.length
			? `## Budgets exceeded\n\n${over.map((o) => `- ${o}`).join('\n')}`
			: '## All budgets met'
	);
	return lines.join('\n') + '\n';
}
