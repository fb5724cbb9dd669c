import { describe, expect, it } from 'vitest';
import { keyAction, type KeyLike } from './keys';

const press = (key: string, more: Partial<KeyLike> = {}): KeyLike => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	targetTag: 'BODY',
	...more
});

describe('keyAction', () => {
	it('moves on with →, Page Down and Space, back with ← and Page Up', () => {
		expect(['ArrowRight', 'PageDown', ' '].map((k) => keyAction(press(k)))).toEqual([
			'next',
			'next',
			'next'
		]);
		expect(['ArrowLeft', 'PageUp'].map((k) => keyAction(press(k)))).toEqual([
			'previous',
			'previous'
		]);
	});

	it('goes to either end with Home and End', () => {
		expect(keyAction(press('Home'))).toBe('first');
		expect(keyAction(press('End'))).toBe('last');
	});

	it('knows F, Esc, B, ".", Q and P, in either case', () => {
		expect(keyAction(press('f'))).toBe('fullscreen');
		expect(keyAction(press('F'))).toBe('fullscreen');
		expect(keyAction(press('Escape'))).toBe('exit-fullscreen');
		expect(keyAction(press('b'))).toBe('recall');
		expect(keyAction(press('.'))).toBe('recall');
		expect(keyAction(press('q'))).toBe('qr');
		expect(keyAction(press('p'))).toBe('presenter');
	});

	it('leaves keys with a modifier to the browser', () => {
		for (const mod of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const)
			expect(keyAction(press('ArrowRight', { [mod]: true }))).toBeNull();
		expect(keyAction(press('p', { ctrlKey: true }))).toBeNull();
	});

	it('says nothing while the reader types', () => {
		for (const tag of ['INPUT', 'TEXTAREA', 'SELECT'])
			expect(keyAction(press('ArrowRight', { targetTag: tag }))).toBeNull();
		expect(keyAction(press('f', { targetTag: 'DIV', editable: true }))).toBeNull();
	});

	it('lets Space press a focused button, and the arrows pan a focused map', () => {
		expect(keyAction(press(' ', { targetTag: 'BUTTON' }))).toBeNull();
		expect(keyAction(press('ArrowRight', { targetTag: 'BUTTON' }))).toBe('next');
		expect(keyAction(press('ArrowLeft', { targetTag: 'DIV', inMap: true }))).toBeNull();
		expect(keyAction(press('q', { targetTag: 'DIV', inMap: true }))).toBe('qr');
	});

	it('ignores other keys', () => {
		expect(keyAction(press('x'))).toBeNull();
		expect(keyAction(press('Enter'))).toBeNull();
	});
});
