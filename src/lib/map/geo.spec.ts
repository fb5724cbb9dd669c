import type { GeometryCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf, isPointInGeometry, isPointInPolygon } from './geo';

/** A closed square ring in GeoJSON order ([lng, lat]), counter-clockwise. */
function square(west: number, south: number, east: number, north: number): Position[] {
	return [
		[west, south],
		[east, south],
		[east, north],
		[west, north],
		[west, south]
	];
}

// A 10 x 10 degree square with a 4 x 4 hole in its middle.
const squareWithHole: Polygon = {
	type: 'Polygon',
	coordinates: [square(0, 0, 10, 10), square(3, 3, 7, 7)]
};

describe('isPointInPolygon', () => {
	it('finds a point inside a square and not outside it', () => {
		const plain: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10, 10)] };
		expect(isPointInPolygon([5, 5], plain)).toBe(true);
		expect(isPointInPolygon([11, 5], plain)).toBe(false);
		expect(isPointInPolygon([5, -1], plain)).toBe(false);
	});

	it('leaves a point in a hole outside the polygon', () => {
		expect(isPointInPolygon([5, 5], squareWithHole)).toBe(false);
		expect(isPointInPolygon([6.9, 3.1], squareWithHole)).toBe(false);
	});

	it('keeps a point between the hole and the outer ring inside', () => {
		expect(isPointInPolygon([1, 1], squareWithHole)).toBe(true);
		expect(isPointInPolygon([5, 8], squareWithHole)).toBe(true);
		expect(isPointInPolygon([2, 5], squareWithHole)).toBe(true);
	});

	it('reads points as [lat, lng] and geometry as [lng, lat]', () => {
		// A tall thin rectangle: lng 0..1, lat 0..10.
		const tall: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 1, 10)] };
		expect(isPointInPolygon([8, 0.5], tall)).toBe(true); // lat 8, lng 0.5
		expect(isPointInPolygon([0.5, 8], tall)).toBe(false); // lat 0.5, lng 8
	});

	it('finds a point in any part of a MultiPolygon, holes excluded', () => {
		const two: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [squareWithHole.coordinates, [square(20, 20, 30, 30)]]
		};
		expect(isPointInPolygon([25, 25], two)).toBe(true);
		expect(isPointInPolygon([1, 1], two)).toBe(true);
		expect(isPointInPolygon([5, 5], two)).toBe(false);
		expect(isPointInPolygon([15, 15], two)).toBe(false);
	});

	it('handles a concave ring and an unclosed ring', () => {
		// A "U" shape open to the north: the notch (lng 4..6, lat 4..10) is outside.
		const u: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[6, 10],
					[6, 4],
					[4, 4],
					[4, 10],
					[0, 10]
				]
			]
		};
		expect(isPointInPolygon([8, 5], u)).toBe(false);
		expect(isPointInPolygon([8, 2], u)).toBe(true);
		expect(isPointInPolygon([2, 5], u)).toBe(true);
	});
});

describe('isPointInGeometry', () => {
	it('looks inside the members of a GeometryCollection', () => {
		const collection: GeometryCollection = {
			type: 'GeometryCollection',
			geometries: [squareWithHole, { type: 'Polygon', coordinates: [square(20, 20, 30, 30)] }]
		};
		expect(isPointInGeometry([25, 25], collection)).toBe(true);
		expect(isPointInGeometry([5, 5], collection)).toBe(false);
	});

	it('never finds a point inside a line or a missing geometry', () => {
		const line: LineString = {
			type: 'LineString',
			coordinates: [
				[0, 0],
				[10, 10]
			]
		};
		expect(isPointInGeometry([5, 5], line)).toBe(false);
		expect(isPointInGeometry([5, 5], null)).toBe(false);
	});
});

describe('boundsOf', () => {
	it('gives [[south, west], [north, east]] around [lat, lng] points', () => {
		const london: [number, number] = [51.5072, -0.1276];
		const farEast: [number, number] = [35.6892, 51.389];
		const middle: [number, number] = [41.3275, 19.8187];
		expect(boundsOf([london, farEast, middle])).toEqual([
			[35.6892, -0.1276],
			[51.5072, 51.389]
		]);
	});

	it('gives a zero-size box around a single point', () => {
		expect(boundsOf([[41.3125, 19.4458]])).toEqual([
			[41.3125, 19.4458],
			[41.3125, 19.4458]
		]);
	});

	it('refuses an empty list and non-finite coordinates', () => {
		expect(() => boundsOf([])).toThrow(/no points/);
		expect(() => boundsOf([[Number.NaN, 0]])).toThrow(/finite/);
	});
});
