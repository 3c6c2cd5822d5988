import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { BenchmarkInstance } from './benchmark-instance.js';
import { readCvrplib } from './cvrplib-reader.js';
import { readSolomon } from './solomon-reader.js';

/** Reads a benchmark instance file, telling CVRPLIB (`.vrp`) from Solomon (`CUST NO.` table) by content. */
export function readBenchmark(path: string): BenchmarkInstance {
  const text = readFileSync(path, 'utf8');
  const name = basename(path, extname(path));
  if (/NODE_COORD_SECTION/.test(text)) return readCvrplib(text, name);
  return readSolomon(text, name);
}
