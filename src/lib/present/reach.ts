/**
 * Who can open an address: the QR codes and the handout are for students' phones, and an address
 * such as 127.0.0.1 opens on the teacher's computer only. Pure, so it is tested without a browser.
 */

/** `public`: anyone; `private`: devices on the same local network; `loopback`: this computer. */
export type Reach = 'public' | 'private' | 'loopback';

/** The four numbers of a dotted IPv4 address, or null. */
function ipv4(host: string): number[] | null {
	const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
	if (!m) return null;
	const parts = m.slice(1).map(Number);
	return parts.every((n) => n <= 255) ? parts : null;
}

function reachOfIpv4([a, b]: number[]): Reach {
	if (a === 127 || a === 0) return 'loopback';
	if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
	if (a === 169 && b === 254) return 'private'; // link-local
	if (a === 100 && b! >= 64 && b! <= 127) return 'private'; // carrier-grade NAT
	return 'public';
}

/** Who can open an address on `hostname` (as `URL.hostname` gives it: IPv6 in brackets). */
export function reachOf(hostname: string): Reach {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	const v6 = /^\[(.*)\]$/.exec(host)?.[1];
	if (v6 !== undefined) {
		const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6)?.[1];
		if (mapped) return reachOf(mapped);
		if (v6 === '::1' || v6 === '::') return 'loopback';
		if (/^f[cd]/.test(v6) || /^fe[89ab]/.test(v6)) return 'private';
		return 'public';
	}
	const v4 = ipv4(host);
	if (v4) return reachOfIpv4(v4);
	if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
	// a bare machine name, or a name only a local network knows
	if (!host.includes('.') || /\.(local|lan|home|internal|intranet|home\.arpa)$/.test(host))
		return 'private';
	return 'public';
}

/**
 * The origin to give students: the published one (SITE_ORIGIN) when the build was told it, else
 * the one this page was opened at.
 */
export function studentOrigin(published: string | null, here: string): string {
	return published ?? here;
}

/** A plain warning for an address students' phones may not open, or null when they can. */
export function reachNote(origin: string): string | null {
	let host: string;
	try {
		host = new URL(origin).hostname;
	} catch {
		return null;
	}
	const reach = reachOf(host);
	const fix =
		'Put the site on a public address, or build it with SITE_ORIGIN set to the address it is published at.';
	if (reach === 'loopback')
		return `This address (${host}) only opens on this computer: students' phones cannot open it. ${fix}`;
	if (reach === 'private')
		return `This address (${host}) is on a local network: only phones on the same network can open it. ${fix}`;
	return null;
}
