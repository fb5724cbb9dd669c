// The page's main-thread tasks from Chrome traces, by CPU time: the host's speed (Lighthouse's
// benchmarkIndex, pooled), the blocking time of a page's first load, and the longest task while
// the story scrolls.
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { blockingTime, longestTask, medianRun, pageTasks } from '../bench-trace.mjs';
import { budgets, loadRuns, log } from './context.mjs';

/** Lighthouse's own CPU benchmark, run in the page (it takes about a second). */
export const benchmarkIndexSource = `(${pageFunctions.computeBenchmarkIndex.toString()})()`;

/**
 * The host's benchmarkIndex, and the CPU slowdown that makes this host the target device.
 * Lighthouse's benchmark counts iterations per second of wall clock, so a busy machine reads as
 * a slow one; here each measure is traced and counted per second of the thread's CPU time, the
 * clock the page's tasks are measured by. The median of five, after a warm-up.
 */
export async function calibrate(browser) {
	const meter = await cpuMeter(browser);
	const wallClock = [];
	for (let i = 0; i < 5; i++) wallClock.push((await meter.sample()).wallClock);
	const samples = [...meter.samples];
	const index = medianRun(samples, (x) => x);
	const target = budgets.cpu.targetBenchmarkIndex;
	return { index, samples, wallClock, target, slowdown: slowdownFor(index), meter };
}

/** The CPU slowdown that makes a host of this benchmarkIndex the target device (never below 1). */
export const slowdownFor = (index) => Math.max(1, index / budgets.cpu.targetBenchmarkIndex);

/**
 * A warm page that measures the host's benchmarkIndex on demand, per second of CPU time (and per
 * second of wall clock, as Lighthouse counts it), and keeps every sample. A shared VM's speed
 * swings by a third within seconds (samples taken just before and just after one traced load:
 * 2707 and 1734), and a page's CPU time swings as much without following it, so a slowdown taken
 * beside each load adds noise instead of cancelling it: the traced loads each add a sample to the
 * pool, and are all counted with the slowdown of the pool's median.
 */
export async function cpuMeter(browser) {
	const page = await browser.newPage();
	await page.evaluate(benchmarkIndexSource);
	/** @type {number[]} */
	const samples = [];
	return {
		samples,
		async sample() {
			let wallClock = 0;
			const { tasks } = await traced(browser, page, async () => {
				wallClock = await page.evaluate(benchmarkIndexSource);
			});
			// The benchmark is one task of about a second: the longest in its trace.
			const bench = tasks.reduce((a, b) => (b.wall > a.wall ? b : a));
			const index = wallClock * (bench.wall / bench.cpu);
			samples.push(index);
			return { index, wallClock };
		},
		/** The slowdown from the median of every sample so far. */
		slowdown: () => slowdownFor(medianRun(samples, (x) => x))
	};
}

/**
 * Runs `action` with the page traced and returns the renderer main thread's tasks (start, wall
 * duration and CPU time in ms, from the trace's origin) and the first contentful paint.
 */
export async function traced(browser, page, action) {
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading']
	});
	await action();
	const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
	return pageTasks(traceEvents);
}

/**
 * Total blocking time of the first load of / on Lighthouse's mobile screen, from CPU time: every
 * main-thread task after the first contentful paint counts max(0, slowdown x CPU time - 50 ms),
 * as Lighthouse's simulation counts it, with the slowdown of every benchmark sample so far, one
 * more taken before each load (cpuMeter). The wall-clock figure is computed the same way beside it.
 */
export async function loadBlocking(browser, site, meter, pathname = '/', count = loadRuns) {
	const traces = [];
	// The first load in a fresh browser pays its own start-up (fonts, caches): a warm-up, not counted.
	for (let i = 0; i <= count; i++) {
		if (i > 0) await meter.sample();
		const context = await browser.newContext({
			viewport: { width: 412, height: 823 },
			deviceScaleFactor: 1.75,
			isMobile: true,
			hasTouch: true,
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const { tasks, fcp } = await traced(browser, page, async () => {
			await page.goto(site + pathname, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(2000);
		});
		await context.close();
		if (fcp === null) throw new Error(`the trace of ${pathname} has no first contentful paint`);
		if (i > 0) traces.push({ tasks, fcp });
	}
	const slowdown = meter.slowdown();
	const runs = traces.map(({ tasks, fcp }, i) => {
		const after = tasks.filter((t) => t.ts >= fcp);
		const run = {
			cpuMs: blockingTime(tasks, { from: fcp, slowdown, clock: 'cpu' }),
			wallMs: blockingTime(tasks, { from: fcp, slowdown, clock: 'wall' }),
			longestCpuMs: longestTask(after, 'cpu'),
			longestWallMs: longestTask(after, 'wall')
		};
		log(
			`traced load ${i + 1} of ${pathname}: blocking ${Math.round(run.cpuMs)} ms from CPU time (${Math.round(run.wallMs)} ms wall clock), longest task ${Math.round(run.longestCpuMs)} ms CPU (${Math.round(run.longestWallMs)} ms wall)`
		);
		return run;
	});
	log(
		`${pathname}: slowdown x${slowdown.toFixed(2)} from ${meter.samples.length} benchmark samples`
	);
	return { ...medianRun(runs, (r) => r.cpuMs), runs, slowdown, samples: meter.samples.length };
}

// ---------------------------------------------------------------------------------------------
// 5. Long tasks while scrolling through the whole story

export async function scrollStory(browser, site) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		reducedMotion: 'no-preference',
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	// From the top of a fresh page: the first step starts the live map, whose start-up counts.
	await page.goto(site + '/', { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	let steps = 0;
	// Traced from the first step: every task in the trace belongs to the scroll.
	const { tasks } = await traced(browser, page, async () => {
		for (; steps < 400; steps++) {
			const atEnd = await page.evaluate(() => {
				window.scrollBy(0, Math.round(window.innerHeight / 3));
				return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
			});
			await page.waitForTimeout(120);
			if (atEnd) break;
		}
		// Let the last flight land and the last tier draw.
		await page.waitForTimeout(2000);
	});
	// The scroll must have started the live map, or it measured only the picture.
	if (!(await page.locator('.story-map [data-ready]').count()))
		throw new Error('scrolling the story never started the live map');
	const activeAtEnd = await page.evaluate(
		() => document.querySelector('.chapter.active')?.id ?? null
	);
	await context.close();
	const over50 = (key) => tasks.filter((t) => t[key] >= 50).length;
	return {
		steps,
		longestCpuMs: longestTask(tasks, 'cpu'),
		longestWallMs: longestTask(tasks, 'wall'),
		longTasksCpu: over50('cpu'),
		longTasksWall: over50('wall'),
		activeAtEnd
	};
}
