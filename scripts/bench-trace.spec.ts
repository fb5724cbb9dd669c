import { describe, expect, it } from 'vitest';
import { blockingTime, longestTask, medianRun, pageTasks } from './bench-trace.mjs';

/** A trace of two renderers: the page moved to pid 2 on navigation; pid 1 kept the blank page. */
const trace = [
	{
		name: 'TracingStartedInBrowser',
		args: { data: { frames: [{ isOutermostMainFrame: true, processId: 1 }] } }
	},
	{ name: 'thread_name', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
	{ name: 'thread_name', pid: 2, tid: 7, args: { name: 'CrRendererMain' } },
	{ name: 'thread_name', pid: 2, tid: 8, args: { name: 'Compositor' } },
	// The blank page's renderer: busy, but not the page.
	{ name: 'RunTask', pid: 1, tid: 1, ts: 0, dur: 900_000, tdur: 900_000 },
	{ name: 'RunTask', pid: 2, tid: 7, ts: 1_000_000, dur: 30_000, tdur: 20_000 },
	{ name: 'firstContentfulPaint', pid: 2, tid: 7, ts: 1_050_000 },
	// After the paint: 120 ms on the wall clock, of which the thread ran 40.
	{ name: 'RunTask', pid: 2, tid: 7, ts: 1_100_000, dur: 120_000, tdur: 40_000 },
	{ name: 'RunTask', pid: 2, tid: 7, ts: 1_300_000, dur: 10_000, tdur: 9_000 },
	// Another thread of the page's renderer does not block its main thread.
	{ name: 'RunTask', pid: 2, tid: 8, ts: 1_400_000, dur: 500_000, tdur: 500_000 }
];

describe('pageTasks', () => {
	it('takes the main thread of the renderer that painted the page, in ms', () => {
		const { tasks, fcp } = pageTasks(trace);
		expect(fcp).toBe(1050);
		expect(tasks).toEqual([
			{ ts: 1000, wall: 30, cpu: 20 },
			{ ts: 1100, wall: 120, cpu: 40 },
			{ ts: 1300, wall: 10, cpu: 9 }
		]);
	});

	it('without a paint (a scroll traced after the load), takes the renderer the trace started in', () => {
		const scroll = trace.filter((e) => e.name !== 'firstContentfulPaint');
		const { tasks, fcp } = pageTasks(scroll);
		expect(fcp).toBeNull();
		expect(tasks).toEqual([{ ts: 0, wall: 900, cpu: 900 }]);
	});

	it('refuses a trace without CPU time rather than pass the wall clock off as it', () => {
		const noCpu = trace.map((e) => (e.name === 'RunTask' ? { ...e, tdur: undefined } : e));
		expect(() => pageTasks(noCpu)).toThrow(/no CPU time/);
	});

	it('counts the wall clock for a task that lacks its CPU time (cut off by the trace end)', () => {
		const cut = trace.map((e) =>
			e.name === 'RunTask' && e.ts === 1_300_000 ? { ...e, tdur: undefined } : e
		);
		expect(pageTasks(cut).tasks.at(-1)).toEqual({ ts: 1300, wall: 10, cpu: 10 });
	});
});

describe('blockingTime', () => {
	const { tasks, fcp } = pageTasks(trace);

	it('counts slowdown × duration − 50 ms for each task from the paint on, as Lighthouse does', () => {
		// 2.5 × 40 − 50 = 50; 2.5 × 9 < 50 counts nothing; the task before the paint is left out.
		expect(blockingTime(tasks, { from: fcp!, slowdown: 2.5, clock: 'cpu' })).toBe(50);
		// The wall clock: 2.5 × 120 − 50 = 250.
		expect(blockingTime(tasks, { from: fcp!, slowdown: 2.5, clock: 'wall' })).toBe(250);
	});

	it('is zero when every task stays under 50 ms once slowed down', () => {
		expect(blockingTime(tasks, { from: fcp!, slowdown: 1, clock: 'cpu' })).toBe(0);
	});
});

describe('longestTask and medianRun', () => {
	it('finds the longest task by either clock', () => {
		const { tasks } = pageTasks(trace);
		expect(longestTask(tasks, 'cpu')).toBe(40);
		expect(longestTask(tasks, 'wall')).toBe(120);
		expect(longestTask([], 'cpu')).toBe(0);
	});

	it('keeps the median run, the upper middle of an even number', () => {
		const runs = [{ ms: 90 }, { ms: 20 }, { ms: 400 }, { ms: 50 }, { ms: 60 }];
		expect(medianRun(runs, (r) => r.ms)).toEqual({ ms: 60 });
		expect(medianRun([{ ms: 1 }, { ms: 3 }], (r) => r.ms)).toEqual({ ms: 3 });
		expect(() => medianRun([], (r: { ms: number }) => r.ms)).toThrow();
	});
});
