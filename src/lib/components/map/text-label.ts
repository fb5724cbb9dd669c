import type * as Leaflet from 'leaflet';

/**
 * A line of text on the map's label pane, centred on a point by the stylesheet (live-map.css):
 * no target and no tab stop. Context labels and a connection's label are drawn with it.
 */
export function textLabel(
	lib: typeof Leaflet,
	group: Leaflet.LayerGroup,
	at: Leaflet.LatLngExpression,
	className: string,
	text: string
): Leaflet.Marker {
	const marker = lib
		.marker(at, {
			pane: 'labels',
			interactive: false,
			keyboard: false,
			icon: lib.divIcon({ className, html: '', iconSize: [0, 0] })
		})
		.addTo(group);
	const span = document.createElement('span');
	span.textContent = text;
	marker.getElement()?.append(span);
	return marker;
}
