import { describe, expect, it } from 'vitest';
import { closesDialog, keyAction, type KeyLike } from './keys';

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

	it('knows F, Esc, M, Q and P, in either case', () => {
		expect(keyAction(press('f'))).toBe('fullscreen');
		expect(keyAction(press('F'))).toBe('fullscreen');
		expect(keyAction(press('Escape'))).toBe('exit-fullscreen');
		expect(keyAction(press('m'))).toBe('recall');
		expect(keyAction(press('M'))).toBe('recall');
		expect(keyAction(press('q'))).toBe('qr');
		expect(keyAction(press('p'))).toBe('presenter');
	});

	it('blacks the screen with B or "." and whites it with W or ",", as presentation programs do', () => {
		expect(['b', 'B', '.'].map((k) => keyAction(press(k)))).toEqual(['black', 'black', 'black']);
		expect(['w', 'W', ','].map((k) => keyAction(press(k)))).toEqual(['white', 'white', 'white']);
	});

	it('brings a blank screen back with any key, and does nothing else with it', () => {
		const blank = { blank: true };
		for (const k of ['b', '.', 'w', 'ArrowRight', 'PageDown', ' ', 'x', 'Enter', 'Escape'])
			expect(keyAction(press(k), blank), k).toBe('unblank');
		expect(keyAction(press('x', { shiftKey: true }), blank)).toBe('unblank');
		expect(keyAction(press('ArrowRight', { targetTag: 'BUTTON' }), blank)).toBe('unblank');
	});

	it('leaves a blank screen blank for a modifier alone or a browser shortcut', () => {
		const blank = { blank: true };
		for (const k of ['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'])
			expect(keyAction(press(k), blank), k).toBeNull();
		expect(keyAction(press('r', { ctrlKey: true }), blank)).toBeNull();
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
		expect(keyAction(press(' ', { targetTag: 'INPUT' }))).toBeNull();
	});

	it('steps forward with Space even on a focused button, so a clicked ← Previous is not pressed again', () => {
		expect(keyAction(press(' ', { targetTag: 'BUTTON' }))).toBe('next');
		expect(keyAction(press(' ', { targetTag: 'A' }))).toBe('next');
		expect(keyAction(press('ArrowRight', { targetTag: 'BUTTON' }))).toBe('next');
	});

	it('lets the arrows and Space work a focused map, and still steps with the Page keys', () => {
		const inMap = { targetTag: 'DIV', inMap: true };
		expect(keyAction(press('ArrowLeft', inMap))).toBeNull();
		expect(keyAction(press('ArrowRight', inMap))).toBeNull();
		expect(keyAction(press(' ', inMap))).toBeNull();
		expect(keyAction(press('PageDown', inMap))).toBe('next');
		expect(keyAction(press('PageUp', inMap))).toBe('previous');
		expect(keyAction(press('q', inMap))).toBe('qr');
		expect(keyAction(press('b', inMap))).toBe('black');
	});

	it('with the QR dialog open, still steps and blanks (closing it), and Q closes it', () => {
		const dialog = { dialog: true };
		const on = { targetTag: 'BUTTON' };
		expect(keyAction(press('PageDown', on), dialog)).toBe('next');
		expect(keyAction(press('ArrowRight', on), dialog)).toBe('next');
		expect(keyAction(press('PageUp', on), dialog)).toBe('previous');
		expect(keyAction(press(' ', on), dialog)).toBe('next');
		expect(keyAction(press('b', on), dialog)).toBe('black');
		expect(keyAction(press('q', on), dialog)).toBe('qr');
		for (const action of ['next', 'previous', 'black', 'white', 'qr'] as const)
			expect(closesDialog(action)).toBe(true);
	});

	it('with the QR dialog open, leaves Esc to the dialog and ignores the other keys', () => {
		const dialog = { dialog: true };
		for (const k of ['Escape', 'f', 'p', 'm', 'x'])
			expect(keyAction(press(k), dialog), k).toBeNull();
		for (const action of ['fullscreen', 'presenter', 'recall'] as const)
			expect(closesDialog(action)).toBe(false);
	});

	it('ignores other keys', () => {
		expect(keyAction(press('x'))).toBeNull();
		expect(keyAction(press('Enter'))).toBeNull();
	});
});
