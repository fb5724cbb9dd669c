import { describe, expect, it } from 'vitest';
import { pictureFrame } from '$lib/map/picture';
import { viewPictureSvg } from './view-picture';
import type { MapPlace } from './static-map';

// Two towns and a country of no story, on the world tier of the basemap.
const places: MapPlace[] = [
	{ slug: 'alpha', name: 'Alpha', kind: 'city', lat: -33.05, lng: -71.6, approximate: false },
	{ slug: 'beta', name: 'Beta', kind: 'port', lat: -33.25, lng: -71.3, approximate: false },
	{
		slug: 'land',
		name: 'Land',
		kind: 'country',
		lat: -35,
		lng: -71,
		approximate: false,
		polygon: 'Chile'
	}
];

const pinAt = (svg: string, slug: string) => {
	const m = new RegExp(`<circle data-slug="${slug}"[^>]* cx="([-\\d.]+)" cy="([-\\d.]+)"`).exec(
		svg
	);
	return m ? [Number(m[1]), Number(m[2])] : null;
};

describe('viewPictureSvg', () => {
	const frame = pictureFrame({ kind: 'center', center: [-33.05, -71.6], zoom: 9 });
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
