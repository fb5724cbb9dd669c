import { describe, expect, it } from 'vitest';
import { parseOrigin } from './site';

describe('parseOrigin', () => {
	it('defaults to the local preview address when unset or blank', () => {
		expect(parseOrigin(undefined)).toBe('http://localhost:4173');
		expect(parseOrigin('  ')).toBe('http://localhost:4173');
	});

	it('keeps scheme, host and port, without a trailing slash', () => {
		expect(parseOrigin('https://example.github.io/')).toBe('https://example.github.io');
		expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
	});

	it('refuses a path, which belongs in BASE_PATH', () => {
		expect(() => parseOrigin('https://example.github.io/story-map')).toThrow(/BASE_PATH/);
	});

	it('refuses what is not an http(s) origin', () => {
		expect(() => parseOrigin('example.org')).toThrow(/SITE_ORIGIN/);
		expect(() => parseOrigin('javascript:alert(1)')).toThrow(/SITE_ORIGIN/);
	});
});
