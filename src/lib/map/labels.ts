/** Quiet context labels that help a reader place themselves; the story's own places have pins. */
export interface ContextLabel {
	name: string;
	lat: number;
	lng: number;
	/** Shown from this zoom… */
	minZoom: number;
	/** …up to this one. */
	maxZoom: number;
	water?: boolean;
}

export const contextLabels: ContextLabel[] = [
	{ name: 'Italy', lat: 41.9, lng: 14.6, minZoom: 4, maxZoom: 8 },
	{ name: 'Greece', lat: 39.4, lng: 21.9, minZoom: 4, maxZoom: 9 },
	{ name: 'Bosnia and Herzegovina', lat: 44.1, lng: 17.8, minZoom: 6, maxZoom: 9 },
	{ name: 'Croatia', lat: 45.4, lng: 16.0, minZoom: 6, maxZoom: 9 },
	{ name: 'Bulgaria', lat: 42.7, lng: 25.3, minZoom: 5, maxZoom: 9 },
	{ name: 'Turkey', lat: 39.0, lng: 34.5, minZoom: 3, maxZoom: 7 },
	{ name: 'Saudi Arabia', lat: 24.5, lng: 44.5, minZoom: 3, maxZoom: 6 },
	{ name: 'France', lat: 46.8, lng: 2.4, minZoom: 3, maxZoom: 7 },
	{ name: 'Germany', lat: 51.1, lng: 10.3, minZoom: 3, maxZoom: 7 },
	{ name: 'United States', lat: 39.5, lng: -98.5, minZoom: 2, maxZoom: 5 },
	{ name: 'Adriatic Sea', lat: 42.6, lng: 16.2, minZoom: 5, maxZoom: 9, water: true },
	{ name: 'Mediterranean Sea', lat: 35.2, lng: 18.5, minZoom: 3, maxZoom: 7, water: true },
	{ name: 'Black Sea', lat: 43.2, lng: 34.2, minZoom: 3, maxZoom: 7, water: true },
	{ name: 'Atlantic Ocean', lat: 40.0, lng: -40.0, minZoom: 2, maxZoom: 5, water: true }
];

export const visibleAt = (l: ContextLabel, zoom: number) => zoom >= l.minZoom && zoom <= l.maxZoom;
