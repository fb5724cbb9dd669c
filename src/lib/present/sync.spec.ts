import { afterEach, describe, expect, it, vi } from 'vitest';
import { isGoto, openChannel } from './sync';

describe('isGoto', () => {
	it('accepts only {type: "goto", id: string}', () => {
		expect(isGoto({ type: 'goto', id: 'ports' })).toBe(true);
		expect(isGoto({ type: 'goto', id: 4 })).toBe(false);
		expect(isGoto({ type: 'other', id: 'ports' })).toBe(false);
		expect(isGoto(null)).toBe(false);
		expect(isGoto('goto')).toBe(false);
	});
});

describe('openChannel', () => {
	const opened: { close(): void }[] = [];
	afterEach(() => opened.splice(0).forEach((c) => c.close()));

	it("hears another window's move, and not its own", async () => {
		const heardA = vi.fn();
		const heardB = vi.fn();
		const a = openChannel(heardA);
		const b = openChannel(heardB);
		opened.push(a, b);
		a.send('ports');
		await vi.waitFor(() => expect(heardB).toHaveBeenCalledWith('ports'));
		expect(heardA).not.toHaveBeenCalled();
	});

	it('hears nothing once closed', async () => {
		const heard = vi.fn();
		const a = openChannel(() => {});
		const b = openChannel(heard);
		opened.push(a);
		b.close();
		a.send('ports');
		await new Promise((r) => setTimeout(r, 50));
		expect(heard).not.toHaveBeenCalled();
	});
});
