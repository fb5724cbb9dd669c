import { describe, expect, it } from 'vitest';
import { pictureFrame } from '$lib/map/picture';
import { viewPictureSvg } from './view-picture';
import type { MapPlace } from './static-map';

// A fixture story: two towns and a country, not this story's places.
const places: MapPlace[] = [
	{ slug: 'alpha', name: 'Alpha', kind: 'city', lat: 41.3, lng: 19.8, approximate: false },
	{ slug: 'beta', name: 'Beta', kind: 'port', lat: 41.1, lng: 20.1, approximate: false },
	{
		slug: 'land',
		name: 'Land',
		kind: 'country',
		lat: 41,
		lng: 20,
		approximate: false,
		polygon: 'Albania'
	}
];

const pinAt = (svg: string, slug: string) => {
	const m = new RegExp(`<circle data-slug="${slug}"[^>]* cx="([-\\d.]+)" cy="([-\\d.]+)"`).exec(
		svg
	);
	return m ? [Number(m[1]), Number(m[2])] : null;
};

describe('viewPictureSvg', () => {
	const frame = pictureFrame({ kind: 'center', center: [41.3, 19.8], zoom: 9 });
	const svg = viewPictureSvg({ frame, places, active: ['alpha', 'land'], title: 'Map: Alpha' });

	it('is the frame’s size, named', () => {
		expect(svg).toMatch(/^<svg [^>]*width="1600" height="1000"/);
		expect(svg).toContain('aria-label="Map: Alpha"');
	});

	it('puts the place the view is centred on in the middle, where the live map will', () => {
		expect(pinAt(svg, 'alpha')).toEqual([800, 500]);
	});

	it('outlines the country of every active place, as the live map does', () => {
		expect(svg).toMatch(/<path class="highlight"/);
	});

	it('draws the connections it is given', () => {
		const linked = viewPictureSvg({
			frame,
			places,
			active: ['alpha', 'beta'],
			connections: [{ from: 'alpha', to: 'beta', label: 'to Beta' }],
			title: 'Map'
		});
		expect(linked).toMatch(/<g class="connections"><path d="M/);
	});
});
