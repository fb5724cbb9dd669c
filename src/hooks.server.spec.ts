import { describe, expect, it } from 'vitest';
import { ContentError } from '$lib/content/validate';
import { handleError } from './hooks.server';

const call = (error: unknown) =>
	handleError({ error, event: {} as never, status: 500, message: 'Internal Error' });

describe('handleError', () => {
	it('shows a content problem as the list the terminal prints', () => {
		const e = new ContentError([
			{ file: 'data/places/x.yaml', field: 'lat', line: 4, message: 'expected a number' }
		]);
		expect(call(e)).toEqual({
			message: 'The story content has 1 problem:\n  data/places/x.yaml:4  lat: expected a number'
		});
	});
	it('keeps any other error to a plain "Internal Error"', () => {
		expect(call(new Error('secret path /etc/x'))).toEqual({ message: 'Internal Error' });
	});
});
