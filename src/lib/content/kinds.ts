import type { PlaceKind } from './schema';

/** Each kind of place as a reader sees it named (a place page's kicker, its link preview). */
export const KIND_LABEL: Record<PlaceKind, string> = {
	city: 'City',
	port: 'Port',
	country: 'Country',
	site: 'Site',
	region: 'Region',
	sea: 'Sea'
};
