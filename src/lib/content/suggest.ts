/** Near misses: the id an author probably meant, for "unknown …" messages. */

/** ' (did you mean "durres"?)' for a near miss. */
export function suggest(id: string, index: Map<string, unknown>): string {
	let best = '';
	let bestD = Infinity;
	for (const k of index.keys()) {
		const d = distance(id, k);
		if (d < bestD) [best, bestD] = [k, d];
	}
	return bestD <= Math.max(2, id.length / 4) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length]!;
}
