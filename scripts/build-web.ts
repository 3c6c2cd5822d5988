/**
 * `npm run build:web [-- --out DIR]`: bundles the web pages (src/web: index.html, TypeScript modules, CSS)
 * with vite into `out/web` (or DIR). Leaflet is not bundled: the pages load it from `/vendor/leaflet`,
 * served from node_modules by src/api/web-pages.ts. `npm run serve` and `npm start` run this first.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildWeb } from './build-web/build-web.js';

const outFlag = process.argv.indexOf('--out');
const outDir = resolve(outFlag >= 0 ? (process.argv[outFlag + 1] ?? 'out/web') : 'out/web');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const files = await buildWeb(outDir);
  process.stderr.write(`built ${files} files into ${outDir} in ${Math.round(performance.now() - started)} ms\n`);
}
