import { describe, expect, it } from 'vitest';
import { CLOCK_KEY, resumeStart, saveStart, storedStart } from './clock';

/** A storage that is just a Map. */
function memory(initial: Record<string, string> = {}) {
	const m = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, v: string) => void m.set(k, v),
		m
	};
}

const now = 1_800_000_000_000;

describe('storedStart', () => {
	it('takes a past start within the talk', () => {
		expect(storedStart(String(now - 90_000), now)).toBe(now - 90_000);
	});

	it('refuses a start in the future, one from another day, or anything not a time', () => {
		expect(storedStart(String(now + 1000), now)).toBeNull();
		expect(storedStart(String(now - 13 * 3600_000), now)).toBeNull();
		for (const raw of [null, '', 'soon', '12.5', '-4', '1e12'])
			expect(storedStart(raw, now), String(raw)).toBeNull();
	});
});

describe('resumeStart', () => {
	it('keeps the stored start, so a reload does not reset the clock', () => {
		const s = memory({ [CLOCK_KEY]: String(now - 60_000) });
		expect(resumeStart(s, now)).toBe(now - 60_000);
	});

	it('starts now, and stores it, when nothing sensible is stored', () => {
		const s = memory({ [CLOCK_KEY]: 'nonsense' });
		expect(resumeStart(s, now)).toBe(now);
		expect(s.m.get(CLOCK_KEY)).toBe(String(now));
	});

	it('starts now where there is no storage, or it refuses', () => {
		expect(resumeStart(null, now)).toBe(now);
		const refusing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('SecurityError');
			}
		};
		expect(resumeStart(refusing, now)).toBe(now);
		expect(() => saveStart(refusing, now)).not.toThrow();
	});
});
