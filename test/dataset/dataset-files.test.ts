import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCsvText, parseCsvText } from '../../src/dataset/csv-text.js';
import { readDataset } from '../../src/dataset/dataset-files.js';
import { InvalidInput, type ErrorDetail } from '../../src/domain/errors.js';

const DATA = resolve(import.meta.dirname, '..', '..', 'data', 'suichang');
const dirs: string[] = [];

/** A fresh copy of the real dataset in a temp folder, to break one thing in. */
function copyOfDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'suichang-broken-'));
  cpSync(DATA, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

/** Rewrites one CSV file of a folder through a function of its header and rows. */
function editCsv(dir: string, file: string, edit: (header: string[], rows: string[][]) => void): void {
  const csv = parseCsvText(readFileSync(join(dir, file), 'utf8'), file);
  const header = [...csv.header];
  const rows = csv.rows.map((r) => [...r]);
  edit(header, rows);
  writeFileSync(join(dir, file), formatCsvText(header, rows));
}

/** Sets one cell (1-based data row) of a CSV file. */
function setCell(dir: string, file: string, row: number, column: string, value: string): void {
  editCsv(dir, file, (header, rows) => {
    const r = rows[row - 1];
    if (r === undefined) throw new Error(`no row ${row}`);
    r[header.indexOf(column)] = value;
  });
}

/** The `InvalidInput` details `readDataset` rejects a folder with (fails the test if it accepts it). */
async function rejection(dir: string): Promise<readonly ErrorDetail[]> {
  try {
    await readDataset(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    return (error as InvalidInput).details;
  }
  throw new Error('readDataset accepted a broken dataset');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('dataset files: the real dataset', () => {
  it('reads back without a single problem', async () => {
    await expect(readDataset(DATA)).resolves.toBeDefined();
  });
});

describe('dataset files: a broken CSV cell is rejected with file, row and field', () => {
  it.each([
    ['a capacity that is not a whole number', 'vehicles.csv', 3, 'approved_capacity', '4x', /whole number/],
    ['a vehicle kind that is not in the enum', 'vehicles.csv', 5, 'kind', 'tram', /./],
    ['a grade above 9', 'students.csv', 10, 'grade', '12', /./],
    ['a boolean that is neither true nor false', 'students.csv', 2, 'needs_ride', 'maybe', /true or false/],
    ['a date that does not exist', 'insurance.csv', 4, 'valid_to', '2026-02-30', /real calendar date/],
    ['a home place that does not exist', 'students.csv', 7, 'home_place_id', 'V999999999999', /unknown place/],
    ['a school gate that is not a gate', 'schools.csv', 2, 'gate_place_id', 'V331123001001', /unknown school gate/],
    ['a township code that is not 9 digits', 'places.csv', 4, 'township_id', '3311230', /9-digit/],
  ])('rejects %s', async (_what, file, row, field, value, message) => {
    const dir = copyOfDataset();
    setCell(dir, file, row, field, value);
    const details = await rejection(dir);
    expect(details).toContainEqual(expect.objectContaining({ file, row, field, message: expect.stringMatching(message) }));
  });

  it('rejects a duplicate id, naming the second row', async () => {
    const dir = copyOfDataset();
    editCsv(dir, 'operators.csv', (_h, rows) => {
      rows.push([...(rows[0] as string[])]);
    });
    const details = await rejection(dir);
    expect(details).toContainEqual(expect.objectContaining({ file: 'operators.csv', row: 7, field: 'id', message: 'duplicate id "OP01"' }));
  });

  it('rejects a file with a missing column, naming the column', async () => {
    const dir = copyOfDataset();
    editCsv(dir, 'students.csv', (header, rows) => {
      const i = header.indexOf('grade');
      header.splice(i, 1);
      for (const r of rows) r.splice(i, 1);
    });
    const details = await rejection(dir);
    expect(details).toContainEqual(expect.objectContaining({ file: 'students.csv', message: expect.stringContaining('missing column(s): grade') }));
  });

  it('rejects broken quoting, naming the file and the line', async () => {
    const dir = copyOfDataset();
    const text = readFileSync(join(dir, 'places.csv'), 'utf8').split('\n');
    text[5] = `${text[5] ?? ''},"unclosed`;
    writeFileSync(join(dir, 'places.csv'), text.join('\n'));
    const details = await rejection(dir);
    expect(details).toContainEqual(expect.objectContaining({ file: 'places.csv', message: expect.stringMatching(/line \d+/) }));
  });
});

describe('dataset files: a broken GeoJSON feature is rejected with file, feature and property', () => {
  function editFeature(dir: string, file: string, index: number, edit: (feature: { geometry: { coordinates: unknown[] }; properties: Record<string, unknown> }) => void): void {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: Array<{ geometry: { coordinates: unknown[] }; properties: Record<string, unknown> }> };
    const feature = json.features[index];
    if (feature === undefined) throw new Error(`no feature ${index}`);
    edit(feature);
    writeFileSync(join(dir, file), JSON.stringify(json));
  }

  it.each([
    ['a negative road length', 'roads.geojson', 4, 'properties.length_m', (f: { properties: Record<string, unknown> }) => { f.properties['length_m'] = -5; }],
    ['an unknown road class', 'roads.geojson', 2, 'properties.road_class', (f: { properties: Record<string, unknown> }) => { f.properties['road_class'] = 'motorway'; }],
    ['a line of one position', 'roads.geojson', 9, 'geometry.coordinates', (f: { geometry: { coordinates: unknown[] } }) => { f.geometry.coordinates.splice(1); }],
    ['a boat speed of 0', 'waterways.geojson', 1, 'properties.speed_kmh', (f: { properties: Record<string, unknown> }) => { f.properties['speed_kmh'] = 0; }],
  ])('rejects %s', async (_what, file, row, field, edit) => {
    const dir = copyOfDataset();
    editFeature(dir, file, row - 1, edit as never);
    const details = await rejection(dir);
    expect(details).toContainEqual(expect.objectContaining({ file, row, field }));
  });

  it('rejects a waterway leg that ends at a place without water access', async () => {
    const dir = copyOfDataset();
    editFeature(dir, 'waterways.geojson', 0, (f) => { f.properties['to_place_id'] = 'V331123001001'; });
    const details = await rejection(dir);
    expect(details).toContainEqual(expect.objectContaining({ file: 'waterways.geojson', row: 1, field: 'properties.to_place_id' }));
  });
});

describe('dataset files: nothing half-valid', () => {
  it('reports every problem of a folder at once, not only the first', async () => {
    const dir = copyOfDataset();
    setCell(dir, 'vehicles.csv', 1, 'approved_capacity', 'x');
    setCell(dir, 'drivers.csv', 1, 'birth_date', 'yesterday');
    const details = await rejection(dir);
    expect(details.map((x) => x.file)).toEqual(expect.arrayContaining(['vehicles.csv', 'drivers.csv']));
  });

  it('leaves the folder it rejects untouched', async () => {
    const dir = copyOfDataset();
    setCell(dir, 'vehicles.csv', 1, 'approved_capacity', 'x');
    const before = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    await rejection(dir);
    expect(readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(before);
  });
});
