/**
 * Leaflet with its stylesheet. Leaflet touches `window` when it is imported, so this module is only
 * ever loaded with `import()` in the browser, after the story's text is painted.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

export default L;
