/**
 * The map's one style, shared by both renderers: the live Leaflet map (components/map/) and the
 * build-time picture (server/picture/). A colour changed here changes both, so the picture a page
 * shows first and the live map that replaces it look the same.
 */
export const colours = {
	/** The sea, behind everything. */
	sea: '#dde6ec',
	/** Land, every country alike: the basemap is calm so the story's places stand out. */
	land: '#f5f2ea',
	/** Borders between countries (no coastlines). */
	border: '#a79f90',
	/** The one accent: what is active (pins, highlighted countries, connections). */
	accent: '#b3361a',
	/** The accent as text on land (5.9:1). */
	accentText: '#8c2712',
	/** Names of the active places. */
	ink: '#1b1f24',
	/** The story's other places, shown as muted context. */
	context: '#8a8376',
	/** Names of seas (5.4:1 on the sea). */
	seaText: '#55758a',
	/** The dashed ring of an approximate place, and the ring of a place pin. */
	outline: '#4a525c',
	/** A pin's ring. */
	pinRing: '#5b636d'
} as const;

/** Lines on the map, in CSS pixels. */
export const strokes = {
	border: 1,
	/** An approximate place's ring: its dash, its width, its faint fill. */
	approximate: { weight: 1.5, dash: [5, 6], fillOpacity: 0.04 }
} as const;
