import { describe, expect, it } from 'vitest';
import { fillFragments, keepFragment } from './fragments';

describe('fillFragments', () => {
	it('writes each fragment into its marked element, once', () => {
		const page = '<main><div class="x" data-fragment="a"></div><p>after</p></main>';
		expect(fillFragments(page, { a: '<section>one</section>' })).toBe(
			'<main><div class="x" data-fragment="a"><section>one</section></div><p>after</p></main>'
		);
	});

	it('leaves a page without places or fragments as it is', () => {
		expect(fillFragments('<p>plain</p>', undefined)).toBe('<p>plain</p>');
	});

	it('fails on a place with no fragment, naming it', () => {
		expect(() => fillFragments('<div data-fragment="gone"></div>', {})).toThrow(
			'the page has a place for fragment "gone" but no fragment of that name'
		);
	});

	it('fails on a fragment the page has no place for, naming it', () => {
		expect(() => fillFragments('<div></div>', { lost: '<p>x</p>' })).toThrow(
			'no place in the page for fragment(s): lost'
		);
	});
});

describe('keepFragment', () => {
	it("keeps fragments by name in the request's locals", () => {
		const locals: App.Locals = {};
		keepFragment(locals, 'a', '<p>1</p>');
		keepFragment(locals, 'b', '<p>2</p>');
		expect(locals.fragments).toEqual({ a: '<p>1</p>', b: '<p>2</p>' });
	});
});
