import { describe, expect, it } from 'vitest';
import { reachNote, reachOf, studentOrigin } from './reach';

describe('reachOf', () => {
	it('knows the loopback addresses: this computer only', () => {
		for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', 'app.localhost', '[::1]'])
			expect(reachOf(h), h).toBe('loopback');
		expect(reachOf('0.0.0.0')).toBe('loopback');
		expect(reachOf('[::ffff:127.0.0.1]')).toBe('loopback');
	});

	it('knows the private ranges and local names: the same network only', () => {
		for (const h of [
			'10.0.0.5',
			'172.16.0.1',
			'172.31.255.255',
			'192.168.1.20',
			'169.254.3.4',
			'100.64.0.1',
			'[fd12:3456::1]',
			'[fe80::1]',
			'[::ffff:192.168.0.2]',
			'classroom-pc',
			'teacher.local',
			'nas.home.arpa'
		])
			expect(reachOf(h), h).toBe('private');
	});

	it('calls everything else public', () => {
		for (const h of [
			'example.github.io',
			'8.8.8.8',
			'172.32.0.1',
			'172.15.0.1',
			'192.169.0.1',
			'[2001:db8::1]',
			'localhost.example.org'
		])
			expect(reachOf(h), h).toBe('public');
	});

	it('does not take a malformed dotted number for an address', () => {
		expect(reachOf('300.1.1.1')).toBe('public');
	});
});

describe('studentOrigin', () => {
	it('prefers the published origin, else the one the page was opened at', () => {
		expect(studentOrigin('https://example.org', 'http://127.0.0.1:4173')).toBe(
			'https://example.org'
		);
		expect(studentOrigin(null, 'http://192.168.1.5:4173')).toBe('http://192.168.1.5:4173');
	});
});

describe('reachNote', () => {
	it('says plainly that phones cannot open a loopback address', () => {
		expect(reachNote('http://127.0.0.1:4173')).toMatch(
			/^This address \(127\.0\.0\.1\) only opens on this computer: students' phones cannot open it\./
		);
		expect(reachNote('http://localhost:5173')).toMatch(/only opens on this computer/);
	});

	it('says a private address works on the same network only', () => {
		expect(reachNote('http://192.168.1.5:4173')).toMatch(/only phones on the same network/);
	});

	it('says nothing for a public address, or for something that is not an address', () => {
		expect(reachNote('https://example.github.io')).toBeNull();
		expect(reachNote('nonsense')).toBeNull();
	});
});
