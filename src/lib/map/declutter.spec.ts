import { describe, expect, it } from 'vitest';
import {
	crowdingOrder,
	declutterPins,
	hiddenLabels,
	labelBox,
	PIN_SIZE,
	type ScreenMap
} from './declutter';

/** A fake map, 400 × 300 px: a degree is 10 px, longitude east, latitude north (y grows down). */
const map: ScreenMap = {
	latLngToContainerPoint: ({ lat, lng }) => ({ x: lng * 10, y: 300 - lat * 10 }),
	getSize: () => ({ x: 400, y: 300 })
};
/** The place whose pin stands at (x, y) on the fake map. */
const at = (x: number, y: number) => ({ lat: (300 - y) / 10, lng: x / 10 });
const size = { w: 60, h: 16, left: 22 };

describe('labelBox', () => {
	it('starts the label `left` px from the icon, half a pin left of the point, centred on it', () => {
		expect(labelBox({ x: 100, y: 50 }, size)).toEqual({
			left: 100 - PIN_SIZE / 2 + 22,
			right: 100 - PIN_SIZE / 2 + 22 + 60,
			top: 42,
			bottom: 58
		});
	});
});

describe('hiddenLabels', () => {
	it('keeps labels that stand clear of each other', () => {
		const labels = [
			{ at: at(100, 50), size },
			{ at: at(100, 100), size }
		];
		expect(hiddenLabels(map, labels)).toEqual([false, false]);
	});

	it('hides a label that would sit on one placed before it, in the order given', () => {
		const labels = [
			{ at: at(100, 50), size },
			{ at: at(130, 55), size },
			{ at: at(300, 50), size }
		];
		expect(hiddenLabels(map, labels)).toEqual([false, true, false]);
		expect(hiddenLabels(map, [...labels].reverse())).toEqual([false, false, true]);
	});

	it('measures from where the map puts the place, so a move can part two labels', () => {
		const apart: ScreenMap = {
			...map,
			latLngToContainerPoint: ({ lat, lng }) => ({ x: lng * 40, y: 300 - lat * 40 })
		};
		const labels = [
			{ at: at(100, 50), size },
			{ at: at(130, 55), size }
		];
		expect(hiddenLabels(apart, labels)).toEqual([false, false]);
	});
});

describe('crowdingOrder', () => {
	const all = ['capital', 'harbour', 'far-city', 'hill-town'];

	it('puts the active places first, in the page order, then the rest as the pins came', () => {
		expect(crowdingOrder(all, ['far-city', 'harbour'])).toEqual([
			'far-city',
			'harbour',
			'capital',
			'hill-town'
		]);
	});

	it('puts the pin with the focus before everything', () => {
		expect(crowdingOrder(all, ['far-city'], 'hill-town')).toEqual([
			'hill-town',
			'far-city',
			'capital',
			'harbour'
		]);
		expect(crowdingOrder(all, ['far-city'], 'far-city')).toEqual([
			'far-city',
			'capital',
			'harbour',
			'hill-town'
		]);
	});

	it('leaves out slugs that have no pin', () => {
		expect(crowdingOrder(all, ['nowhere', 'harbour'], 'elsewhere')).toEqual([
			'harbour',
			'capital',
			'far-city',
			'hill-town'
		]);
	});
});

describe('declutterPins', () => {
	it('makes every pin on screen and clear of the others a control, where the map puts it', () => {
		const spots = declutterPins(
			map,
			[
				{ slug: 'a', at: at(100, 100) },
				{ slug: 'b', at: at(200, 100) }
			],
			['b']
		);
		expect(spots).toEqual([
			{ slug: 'a', at: { x: 100, y: 100 }, active: false, crowded: false, control: true },
			{ slug: 'b', at: { x: 200, y: 100 }, active: true, crowded: false, control: true }
		]);
	});

	it('crowds a pin whose target overlaps one kept before it, and only that one', () => {
		const spots = declutterPins(
			map,
			[
				{ slug: 'a', at: at(100, 100) },
				{ slug: 'b', at: at(100 + PIN_SIZE - 1, 100) },
				{ slug: 'c', at: at(100 + 2 * PIN_SIZE - 2, 100) },
				{ slug: 'd', at: at(100, 100 + PIN_SIZE) }
			],
			[]
		);
		// c overlaps b, but b is crowded (not kept); d only touches a's edge.
		expect(spots.map((s) => [s.slug, s.crowded, s.control])).toEqual([
			['a', false, true],
			['b', true, false],
			['c', false, true],
			['d', false, true]
		]);
	});

	it('makes a pin partly off screen no control, though it is not crowded', () => {
		const spots = declutterPins(
			map,
			[
				{ slug: 'edge', at: at(5, 100) },
				{ slug: 'out', at: at(500, 100) },
				{ slug: 'in', at: at(PIN_SIZE / 2, PIN_SIZE / 2) }
			],
			[]
		);
		expect(spots.map((s) => [s.slug, s.crowded, s.control])).toEqual([
			['edge', false, false],
			['out', false, false],
			['in', false, true]
		]);
	});
});
