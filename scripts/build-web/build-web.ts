import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, createLogger, type Logger } from 'vite';

/** The web pages' source folder (vite's root: index.html lives there). */
export const WEB_SOURCE_DIR = resolve(import.meta.dirname, '..', '..', 'src', 'web');

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).length;
}

/**
 * Vite's logger without the two expected notices about Leaflet: its files are served at run time from
 * `/vendor/leaflet` (src/api/web-pages.ts), so they are deliberately not bundled.
 */
function quietLogger(): Logger {
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  const warnOnce = logger.warnOnce.bind(logger);
  logger.warn = (message, options) => {
    if (!message.includes('/vendor/leaflet/')) warn(message, options);
  };
  logger.warnOnce = (message, options) => {
    if (!message.includes('/vendor/leaflet/')) warnOnce(message, options);
  };
  return logger;
}

/**
 * Builds src/web into `outDir` (emptied first): `index.html` plus hashed `assets/`. No config file is
 * read: the whole configuration is here. Returns the number of files written.
 */
export async function buildWeb(outDir: string): Promise<number> {
  await build({
    configFile: false,
    root: WEB_SOURCE_DIR,
    base: '/',
    logLevel: 'warn',
    customLogger: quietLogger(),
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // The pages must work offline: nothing may be inlined from or fetched at a remote origin.
      assetsInlineLimit: 0,
    },
  });
  return countFiles(outDir);
}
