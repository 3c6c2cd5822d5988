import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule of docs/ARCHITECTURE.md: which top-level folders of src/ each folder may import.
 * domain ← dataset ← network ← solver ← scheduling ← api/cli; db is used by scheduling, compliance, api
 * and cli, never by domain, network or solver.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  dataset: ['domain'],
  network: ['domain'],
  solver: ['domain'],
  compliance: ['domain', 'db'],
  db: ['domain', 'dataset'],
  scheduling: ['domain', 'network', 'solver', 'compliance', 'db', 'dataset'],
  api: ['domain', 'dataset', 'network', 'solver', 'scheduling', 'compliance', 'db'],
  cli: ['domain', 'dataset', 'network', 'solver', 'scheduling', 'compliance', 'db', 'api'],
  web: [],
};

const SRC = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function layerOf(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel.startsWith('..')) return undefined;
  return rel.split(sep)[0];
}

const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every relative import of a file, resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (spec !== undefined && spec.startsWith('.')) out.push(resolve(dirname(file), spec));
  }
  return out;
}

/** Arrows that run against the layer direction, as `from -> to (file)`. */
function layerViolations(root: string): string[] {
  const violations: string[] = [];
  for (const file of sourceFiles(root)) {
    const from = layerOf(root, file);
    if (from === undefined) continue;
    for (const target of importsOf(file)) {
      const to = layerOf(root, target);
      if (to === undefined) {
        violations.push(`${from} -> outside src (${relative(root, file)})`);
        continue;
      }
      if (to === from) continue;
      const allowed = ALLOWED[from];
      if (allowed === undefined || !allowed.includes(to)) violations.push(`${from} -> ${to} (${relative(root, file)})`);
    }
  }
  return violations;
}

describe('architecture', () => {
  it('has a rule for every top-level folder of src', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('imports only along the layer direction', () => {
    expect(layerViolations(SRC)).toEqual([]);
  });

  it('catches an import that runs against the layer direction', () => {
    const root = mkdtempSync(join(tmpdir(), 'arch-'));
    try {
      mkdirSync(join(root, 'domain'));
      mkdirSync(join(root, 'solver'));
      writeFileSync(join(root, 'domain', 'fake.ts'), "import { x } from '../solver/engine.js';\nexport const y = x;\n");
      writeFileSync(join(root, 'solver', 'engine.ts'), "import type { Y } from '../domain/fake.js';\nexport const x = 1;\n");
      expect(layerViolations(root)).toEqual(['domain -> solver (domain/fake.ts)']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
