import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset, writeDataset } from '../../src/dataset/dataset-files.js';
import { tinyCounty } from '../helpers/fixtures/tiny-county.js';

describe('dataset files', () => {
  let dir = '';
  afterEach(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
    dir = '';
  });

  it('read back exactly what was written', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ws-dataset-'));
    const dataset = tinyCounty();
    await writeDataset(dir, dataset);
    expect(await readDataset(dir)).toEqual(dataset);
  });
});
