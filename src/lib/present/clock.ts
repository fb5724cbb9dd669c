/**
 * The presenter's clock keeps its start in the window's session storage, so a reload of the
 * presenter view does not reset the talk's time; Reset starts it again. Pure parts here, tested
 * without a browser; the storage itself may be missing or refuse (private modes), which only
 * means the clock starts afresh.
 */

export const CLOCK_KEY = 'story-present-clock';

/** A talk longer than this is not the same talk: the clock starts afresh. */
const LONGEST = 12 * 60 * 60 * 1000;

/** The stored start time, if it is one that makes sense now (a past time, within 12 hours). */
export function storedStart(raw: string | null, now: number): number | null {
	if (raw === null || !/^\d+$/.test(raw)) return null;
	const start = Number(raw);
	if (!Number.isSafeInteger(start) || start > now || now - start > LONGEST) return null;
	return start;
}

/** Reads the start from `storage`, or starts now (and stores that). */
export function resumeStart(storage: Pick<Storage, 'getItem' | 'setItem'> | null, now: number) {
	let raw: string | null = null;
	try {
		raw = storage?.getItem(CLOCK_KEY) ?? null;
	} catch {
		/* storage refused: a fresh start */
	}
	const start = storedStart(raw, now) ?? now;
	saveStart(storage, start);
	return start;
}

/** Stores a start time (a Reset); silently does nothing where storage refuses. */
export function saveStart(storage: Pick<Storage, 'setItem'> | null, start: number): void {
	try {
		storage?.setItem(CLOCK_KEY, String(start));
	} catch {
		/* storage refused */
	}
}
