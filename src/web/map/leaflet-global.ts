import type * as Leaflet from 'leaflet';

/**
 * Leaflet, loaded by index.html from `/vendor/leaflet/leaflet.js` (served from node_modules by the API:
 * no CDN, no tile server). Only its types are imported, so the bundle does not carry a second copy.
 */
export const L: typeof Leaflet = (globalThis as unknown as { L: typeof Leaflet }).L;
