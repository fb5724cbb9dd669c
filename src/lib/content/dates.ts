/** Dates in the content are written as precisely as the documents allow: YYYY, YYYY-MM or YYYY-MM-DD. */

/** What the site says where no document gives a value (kept here, free of the schema's zod, for the
 * components that ship to the browser). */
export const NOT_STATED = 'not stated';
export type Precision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function parts(value: string): [number, number | undefined, number | undefined] | null {
	const m = PATTERN.exec(value);
	if (!m) return null;
	return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}

/** True for a real calendar date in one of the three forms (2022-02-30 is not one). */
export function isPartialDate(value: string): boolean {
	const p = parts(value);
	if (!p) return false;
	const [y, m, d] = p;
	if (y < 1000 || y > 2999) return false;
	if (m === undefined) return true;
	if (m < 1 || m > 12) return false;
	if (d === undefined) return true;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d >= 1 && d <= days;
}

export function precisionOf(value: string): Precision {
	const p = parts(value);
	if (!p) throw new Error(`not a date: ${value}`);
	return p[2] !== undefined ? 'day' : p[1] !== undefined ? 'month' : 'year';
}

/** "15 July 2022", "September 2022" or "1965": no more precise than the content says. */
export function formatDate(value: string): string {
	const p = parts(value);
	if (!p) return value;
	const [y, m, d] = p;
	if (m === undefined) return String(y);
	const month = MONTHS[m - 1] ?? '';
	return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** "15 July – 7 September 2022", collapsing what the two ends share. */
export function formatRange(from: string, to?: string): string {
	if (!to || to === from) return formatDate(from);
	const a = parts(from);
	const b = parts(to);
	if (a && b && a[0] === b[0] && a[1] !== undefined && b[1] !== undefined) {
		const [, am, ad] = a;
		const left =
			ad === undefined
				? (MONTHS[am! - 1] ?? '')
				: `${ad}${am === b[1] && b[2] !== undefined ? '' : ` ${MONTHS[am! - 1]}`}`;
		return `${left} – ${formatDate(to)}`;
	}
	return `${formatDate(from)} – ${formatDate(to)}`;
}

/** Sort key: a month sorts at its start, a year at its start. */
export function sortKey(value: string): string {
	const p = parts(value);
	if (!p) return value;
	const [y, m, d] = p;
	return `${y}-${String(m ?? 1).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')}`;
}
