import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Router } from 'express';
import { ApiProblem } from './http/api-problem.js';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** Where the built pages are by default (`npm run build:web` writes there). */
export const DEFAULT_WEB_DIR = resolve(REPO_ROOT, 'out', 'web');

/** Where Leaflet's files are: served as they ship, so the pages need no CDN. */
const LEAFLET_DIR = resolve(REPO_ROOT, 'node_modules', 'leaflet', 'dist');

/** The reservoir surface, a map-only layer that `readDataset` ignores (data/suichang/README.md). */
const WATER_AREAS_FILE = resolve(REPO_ROOT, 'data', 'suichang', 'water-areas.geojson');

/** Where the web pages are served from. */
export interface WebPagesOptions {
  /** The output of `npm run build:web`; default `out/web`. */
  readonly dir?: string;
}

/**
 * The web pages (src/web, built) and the reservoir outline they draw:
 * - `/`, `/assets/*`: the built pages (hashed file names, cached a year; `index.html` revalidated);
 * - `/vendor/leaflet/*`: Leaflet from node_modules (no CDN, no tile server);
 * - `/web/water-areas.geojson`: the reservoir outline (public geography, synthetic; map-only, not in the API's tables).
 * Mounted after token identification and before the rate limiter: loading the pages is not counted.
 */
export function webPages(options: WebPagesOptions = {}): Router {
  const dir = options.dir ?? DEFAULT_WEB_DIR;
  const router = express.Router();
  router.get('/web/water-areas.geojson', (_req, res) => {
    if (!existsSync(WATER_AREAS_FILE)) throw new ApiProblem('not_found', 'no water areas in this checkout');
    res.type('application/geo+json').sendFile(WATER_AREAS_FILE, { maxAge: '1h' });
  });
  router.use('/vendor/leaflet', express.static(LEAFLET_DIR, { maxAge: '1d', index: false }));
  router.use('/assets', express.static(resolve(dir, 'assets'), { maxAge: '1y', immutable: true, index: false }));
  router.get(['/', '/index.html'], (_req, res) => {
    const index = resolve(dir, 'index.html');
    if (!existsSync(index)) throw new ApiProblem('unavailable', 'the web pages are not built: run npm run build:web');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
