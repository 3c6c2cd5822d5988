/**
 * `npm run dataset:build [-- --seed N --out DIR]`: regenerates the Suichang county dataset from the real
 * facts in data/reference/suichang, writes it with `writeDataset`, reads it back with `readDataset` (which
 * validates every row and every reference) and fails loudly if anything is rejected. Deterministic: the same
 * seed gives byte-identical files.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { readDataset, writeDataset } from '../src/dataset/dataset-files.js';
import { DomainError } from '../src/domain/errors.js';
import { buildSuichangDataset, DEFAULT_SEED } from './dataset/build.js';
import { describeDataset, formatTable } from './dataset/dataset-report.js';

const ROOT = resolve(import.meta.dirname, '..');
/** The copy of the real facts the builder reads. */
export const REFERENCE_DIR = join(ROOT, 'data', 'reference', 'suichang');
/** Where the committed dataset lives. */
export const OUTPUT_DIR = join(ROOT, 'data', 'suichang');
/** Map-only extra: the reservoir surface (ignored by `readDataset`). */
export const WATER_AREAS_FILE = 'water-areas.geojson';

/** Builds and writes the dataset (plus the map-only water surface) into `dir`. */
export async function buildInto(dir: string, seed: number): Promise<void> {
  const built = buildSuichangDataset(REFERENCE_DIR, seed);
  await writeDataset(dir, built.dataset);
  const water = { type: 'Feature', properties: { name: '湖南镇水库 (仙霞湖) 湖山乡库区', source: 'synthetic outline' }, geometry: built.waterAreas };
  await writeFile(join(dir, WATER_AREAS_FILE), `{"type":"FeatureCollection","features":[\n${JSON.stringify(water)}\n]}\n`);
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--seed <n>', 'seed of the synthetic part', String(DEFAULT_SEED))
    .option('--out <dir>', 'output folder', OUTPUT_DIR)
    .parse()
    .opts<{ seed: string; out: string }>();
  const seed = Number(options.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${options.seed}"`);
  const dir = resolve(options.out);
  await buildInto(dir, seed);
  try {
    const dataset = await readDataset(dir);
    console.log(`dataset written to ${dir} (seed ${seed}) and read back: valid\n`);
    console.log(formatTable(describeDataset(dataset)));
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(error.message);
      for (const d of error.details.slice(0, 50)) console.error(`  ${d.file ?? ''} row ${d.row ?? '-'} ${d.field ?? ''}: ${d.message}`);
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
