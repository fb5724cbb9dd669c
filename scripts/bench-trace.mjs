// The arithmetic of the bench's traces (scripts/bench.mjs), kept pure so it is unit-tested
// (bench-trace.spec.ts): which thread is the page's, and how its tasks add up to blocking time.

/**
 * @typedef {{ ts: number, wall: number, cpu: number }} Task
 *   A main-thread task: start, wall-clock duration and the thread's CPU time in it, in ms.
 */

/**
 * The page's main-thread tasks in a Chrome trace, and its first contentful paint (ms, on the
 * trace's clock; null when the trace holds none). The page's renderer is the one that painted it
 * (a navigation can move the page to a new process), else the one the trace started in.
 * @param {any[]} traceEvents
 * @returns {{ tasks: Task[], fcp: number | null }}
 */
export function pageTasks(traceEvents) {
	const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint');
	const started = traceEvents.find((e) => e.name === 'TracingStartedInBrowser');
	const pid =
		fcp?.pid ??
		started?.args?.data?.frames?.find((/** @type {any} */ f) => f.isOutermostMainFrame)?.processId;
	const main = traceEvents.find(
		(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid
	);
	if (!main) throw new Error("the trace has no main thread for the page's renderer");
	const events = traceEvents.filter(
		(e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.dur
	);
	if (events.length && events.every((e) => e.tdur === undefined))
		throw new Error('the trace has no CPU time (tdur) for its tasks');
	// A task cut off by the end of the trace can lack its CPU time: it counts its wall clock,
	// which is never less.
	const tasks = events.map((e) => ({
		ts: e.ts / 1000,
		wall: e.dur / 1000,
		cpu: (e.tdur ?? e.dur) / 1000
	}));
	return { tasks, fcp: fcp ? fcp.ts / 1000 : null };
}

/**
 * Blocking time as Lighthouse's simulation counts it: each task from `from` on counts
 * max(0, slowdown x duration - 50 ms), the duration being its CPU time or its wall-clock time.
 * @param {Task[]} tasks
 * @param {{ from: number, slowdown: number, clock: 'cpu' | 'wall' }} options
 */
export function blockingTime(tasks, { from, slowdown, clock }) {
	return tasks
		.filter((t) => t.ts >= from)
		.reduce((sum, t) => sum + Math.max(0, slowdown * t[clock] - 50), 0);
}

/** The longest task, by CPU or wall-clock time (0 when there is none). */
export function longestTask(/** @type {Task[]} */ tasks, /** @type {'cpu' | 'wall'} */ clock) {
	return tasks.reduce((m, t) => Math.max(m, t[clock]), 0);
}

/**
 * The median run by `key` (of an even number, the upper middle one, so a tie never flatters).
 * @template T
 * @param {T[]} runs
 * @param {(run: T) => number} key
 */
export function medianRun(runs, key) {
	if (!runs.length) throw new Error('no runs');
	return [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)];
}
