import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';

// The components are Svelte's business: here mount() and unmount() only say what they were asked.
const svelte = vi.hoisted(() => ({
	mount: vi.fn((_c: unknown, o: { target: unknown }) => ({ target: o.target })),
	unmount: vi.fn()
}));
vi.mock('svelte', () => svelte);

import { ISLAND, mountIslands } from './islands';

/** A slot as mountIslands uses it: children to clear, attributes to set. */
class FakeSlot {
	attributes = new Map<string, string>();
	children = ['<noscript>'];
	constructor(public id: string) {}
	replaceChildren() {
		this.children = [];
	}
	setAttribute(name: string, value: string) {
		this.attributes.set(name, value);
	}
	removeAttribute(name: string) {
		this.attributes.delete(name);
	}
	hasAttribute(name: string) {
		return this.attributes.has(name);
	}
}

/** The one IntersectionObserver mountIslands makes: what it watches, and a way to bring slots near. */
let observer: { watched: FakeSlot[]; near(...slots: FakeSlot[]): void; disconnected: boolean };
class FakeObserver {
	constructor(callback: (entries: { isIntersecting: boolean; target: FakeSlot }[]) => void) {
		observer = {
			watched: [],
			near: (...slots) => callback(slots.map((target) => ({ isIntersecting: true, target }))),
			disconnected: false
		};
	}
	observe(s: FakeSlot) {
		observer.watched.push(s);
	}
	disconnect() {
		observer.disconnected = true;
	}
}

const Tools = (() => {}) as unknown as Component<{ id: string }>;
const slotsOf = (...ids: string[]) => ids.map((id) => new FakeSlot(id));
const start = (slots: FakeSlot[], propsFor = (s: FakeSlot) => ({ id: s.id })) =>
	mountIslands(slots as unknown as HTMLElement[], Tools, (s) => propsFor(s as unknown as FakeSlot));

describe('mountIslands', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		vi.stubGlobal('document', {});
		vi.stubGlobal('window', new EventTarget());
		vi.stubGlobal('requestIdleCallback', undefined); // as in Safari: a short timeout instead
		svelte.mount.mockClear();
		svelte.unmount.mockClear();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('mounts nothing while no slot is near and the reader has not moved', () => {
		const stop = start(slotsOf('a', 'b'));
		vi.advanceTimersByTime(5000);
		expect(svelte.mount).not.toHaveBeenCalled();
		stop();
	});

	it('mounts into a slot that comes near, clears it and marks it data-island', () => {
		const [a, b] = slotsOf('a', 'b');
		const stop = start([a!, b!]);
		observer.near(a!);
		expect(svelte.mount).toHaveBeenCalledOnce();
		expect(svelte.mount).toHaveBeenCalledWith(Tools, { target: a, props: { id: 'a' } });
		expect(a!.children).toEqual([]);
		expect(a!.hasAttribute(ISLAND)).toBe(true);
		expect(ISLAND).toBe('data-island');
		expect(b!.hasAttribute(ISLAND)).toBe(false);
		expect(b!.children).toEqual(['<noscript>']);
		stop();
	});

	it('mounts a slot once, however often it comes near', () => {
		const [a] = slotsOf('a');
		const stop = start([a!]);
		observer.near(a!);
		observer.near(a!);
		expect(svelte.mount).toHaveBeenCalledOnce();
		stop();
	});

	it('leaves a slot it has no props for as it is: not mounted, not marked', () => {
		const [a] = slotsOf('a');
		const stop = start([a!], () => null as unknown as { id: string });
		observer.near(a!);
		expect(svelte.mount).not.toHaveBeenCalled();
		expect(a!.hasAttribute(ISLAND)).toBe(false);
		expect(a!.children).toEqual(['<noscript>']);
		stop();
	});

	it('once the reader moves, mounts the rest one at a time and marks each', () => {
		const slots = slotsOf('a', 'b', 'c');
		const stop = start(slots);
		window.dispatchEvent(new Event('scroll'));
		vi.advanceTimersToNextTimer();
		expect(svelte.mount).toHaveBeenCalledTimes(1);
		vi.advanceTimersToNextTimer();
		vi.advanceTimersToNextTimer();
		expect(svelte.mount).toHaveBeenCalledTimes(3);
		expect(slots.map((s) => s.hasAttribute(ISLAND))).toEqual([true, true, true]);
		stop();
	});

	it('on cleanup unmounts what it mounted, takes the marks off and stops watching', () => {
		const [a, b] = slotsOf('a', 'b');
		const stop = start([a!, b!]);
		observer.near(a!);
		stop();
		expect(svelte.unmount).toHaveBeenCalledOnce();
		expect(a!.hasAttribute(ISLAND)).toBe(false);
		expect(observer.disconnected).toBe(true);
		// and a move after the cleanup mounts nothing more
		window.dispatchEvent(new Event('scroll'));
		vi.advanceTimersByTime(5000);
		expect(svelte.mount).toHaveBeenCalledOnce();
	});
});
