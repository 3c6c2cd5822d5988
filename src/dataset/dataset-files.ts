import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInput, type ErrorDetail } from '../domain/errors.js';
import { crossCheck } from './cross-check.js';
import { formatCsvText, parseCsvText } from './csv-text.js';
import { DatasetManifest, MapGeometry, type Dataset } from './dataset.js';
import { decodeRoads, decodeWaterways, roadToFeature, waterwayToFeature } from './geojson-layers.js';
import { decodeTable, encodeTable, type TableCodec } from './table-codec.js';
import * as T from './tables.js';

/** The CSV tables of a dataset, in dependency order, with the Dataset key each fills. */
const CSV_TABLES = [
  ['townships', T.TOWNSHIPS],
  ['places', T.PLACES],
  ['schools', T.SCHOOLS],
  ['schoolWindows', T.SCHOOL_WINDOWS],
  ['students', T.STUDENTS],
  ['operators', T.OPERATORS],
  ['vehicles', T.VEHICLES],
  ['drivers', T.DRIVERS],
  ['checklist', T.CHECKLIST],
  ['inspections', T.INSPECTIONS],
  ['inspectionItems', T.INSPECTION_ITEMS],
  ['rectifications', T.RECTIFICATIONS],
  ['insurance', T.INSURANCE],
  ['plates', T.PLATES],
] as const satisfies ReadonlyArray<readonly [keyof Dataset, TableCodec<unknown>]>;

export const MANIFEST_FILE = 'dataset.json';
export const BOUNDARY_FILE = 'boundary.geojson';
export const ROADS_FILE = 'roads.geojson';
export const WATERWAYS_FILE = 'waterways.geojson';

async function readJson(dir: string, file: string, errors: ErrorDetail[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown;
  } catch (error) {
    errors.push({ file, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

function boundaryOf(json: unknown, errors: ErrorDetail[]): MapGeometry | undefined {
  const candidate =
    typeof json === 'object' && json !== null && 'features' in json && Array.isArray(json.features)
      ? (json.features[0] as { geometry?: unknown } | undefined)?.geometry
      : json;
  const parsed = MapGeometry.safeParse(candidate);
  if (parsed.success) return parsed.data;
  errors.push({ file: BOUNDARY_FILE, message: 'must hold a Polygon or MultiPolygon (or a FeatureCollection whose first feature is one)' });
  return undefined;
}

/**
 * Reads and validates a county dataset folder: every row of every file against its zod schema, then
 * the references between files. Any problem anywhere rejects the whole dataset with an `InvalidInput`
 * listing every problem by file, row and field, so that nothing half-valid is ever imported.
 */
export async function readDataset(dir: string): Promise<Dataset> {
  const errors: ErrorDetail[] = [];
  const manifestJson = await readJson(dir, MANIFEST_FILE, errors);
  const manifest = manifestJson === undefined ? undefined : DatasetManifest.safeParse(manifestJson);
  if (manifest !== undefined && !manifest.success) {
    for (const issue of manifest.error.issues) errors.push({ file: MANIFEST_FILE, field: issue.path.join('.'), message: issue.message });
  }
  const boundaryJson = await readJson(dir, BOUNDARY_FILE, errors);
  const boundary = boundaryJson === undefined ? undefined : boundaryOf(boundaryJson, errors);
  const roadsJson = await readJson(dir, ROADS_FILE, errors);
  const roads = roadsJson === undefined ? { rows: [], errors: [] } : decodeRoads(roadsJson, ROADS_FILE);
  const waterwaysJson = await readJson(dir, WATERWAYS_FILE, errors);
  const waterways = waterwaysJson === undefined ? { rows: [], errors: [] } : decodeWaterways(waterwaysJson, WATERWAYS_FILE);
  errors.push(...roads.errors, ...waterways.errors);

  const tables: Record<string, unknown[]> = {};
  for (const [key, codec] of CSV_TABLES) {
    let text: string;
    try {
      text = await readFile(join(dir, codec.file), 'utf8');
    } catch (error) {
      errors.push({ file: codec.file, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    try {
      const csv = parseCsvText(text, codec.file);
      const decoded = decodeTable(codec as TableCodec<unknown>, csv.header, csv.rows);
      tables[key] = decoded.rows;
      errors.push(...decoded.errors);
    } catch (error) {
      if (error instanceof InvalidInput) errors.push(...error.details);
      else throw error;
    }
  }
  if (errors.length > 0 || manifest === undefined || !manifest.success || boundary === undefined) {
    throw new InvalidInput(`dataset in ${dir} rejected: ${errors.length} problem(s)`, errors);
  }
  const dataset = { manifest: manifest.data, boundary, roads: roads.rows, waterways: waterways.rows, ...tables } as unknown as Dataset;
  const crossErrors = crossCheck(dataset);
  if (crossErrors.length > 0) throw new InvalidInput(`dataset in ${dir} rejected: ${crossErrors.length} problem(s)`, crossErrors);
  return dataset;
}

/** A GeoJSON FeatureCollection with one feature per line, so that diffs of the data stay readable. */
function featureCollectionText(features: readonly object[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** Writes a dataset folder in the same formats `readDataset` reads. Output is deterministic. */
export async function writeDataset(dir: string, d: Dataset): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(d.manifest, null, 2)}\n`);
  await writeFile(
    join(dir, BOUNDARY_FILE),
    featureCollectionText([{ type: 'Feature', properties: { name: d.manifest.county.nameZh, code: d.manifest.county.id }, geometry: d.boundary }]),
  );
  await writeFile(join(dir, ROADS_FILE), featureCollectionText(d.roads.map(roadToFeature)));
  await writeFile(join(dir, WATERWAYS_FILE), featureCollectionText(d.waterways.map(waterwayToFeature)));
  for (const [key, codec] of CSV_TABLES) {
    const { header, rows } = encodeTable(codec as TableCodec<unknown>, d[key] as readonly unknown[]);
    await writeFile(join(dir, codec.file), formatCsvText(header, rows));
  }
}
