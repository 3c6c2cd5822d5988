import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatTable } from '../src/cli/output/text-table.js';
import { runCli } from '../src/cli/run-cli.js';
import { readSbrpInstance } from './sbrp/sbrp-instance.js';
import { solveSbrp } from './sbrp/sbrp-solve.js';
import { verifySbrpSolution } from './sbrp/sbrp-verify.js';

const DEFAULT_SET = resolve(import.meta.dirname, '..', 'data', 'benchmarks', 'sbrp');

const Flags = z.object({
  instance: z.string().optional(),
  mrt: z.enum(['2700', '5400']).optional(),
  'time-limit': z.coerce.number().positive().max(3600).default(60),
  seed: z.coerce.number().int().default(1),
  out: z.string().optional(),
  json: z.boolean().default(false),
});

/** BiRD Table S1 bus counts: `benchmark,max_riding_time,LBH,one,many,combined,Chen`. */
async function publishedCounts(dir: string): Promise<Map<string, Record<string, number>>> {
  const text = await readFile(join(dir, 'results.csv'), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  return new Map(lines.map((line) => {
    const cells = line.split(',');
    return [`${cells[0]}/${cells[1]}`, Object.fromEntries(cols.slice(2).map((c, i) => [c, Number(cells[i + 2])]))];
  }));
}

/**
 * `npm run bench:sbrp -- [--instance DIR] [--mrt 2700|5400] [--time-limit S] [--out FILE] [--json]`:
 * the Park–Tae–Kim school bus instances under BiRD's Table S1 conventions; buses used beside BiRD's counts.
 */
runCli(async (argv) => {
  const { values } = parseArgs({ args: argv, options: {
    instance: { type: 'string' }, mrt: { type: 'string' }, 'time-limit': { type: 'string' }, seed: { type: 'string' },
    out: { type: 'string' }, json: { type: 'boolean' },
  } });
  const flags = Flags.parse(values);
  const dirs = flags.instance !== undefined
    ? [resolve(flags.instance)]
    : (await readdir(DEFAULT_SET, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => join(DEFAULT_SET, d.name)).sort();
  const published = await publishedCounts(flags.instance !== undefined ? resolve(flags.instance, '..') : DEFAULT_SET).catch(() => new Map<string, Record<string, number>>());
  const mrts = flags.mrt !== undefined ? [Number(flags.mrt)] : [2700, 5400];
  const rows: (string | number)[][] = [];
  const solutions: Record<string, unknown> = {};
  for (const mrt of mrts) {
    for (const dir of dirs) {
      const instance = await readSbrpInstance(dir);
      const run = solveSbrp(instance, mrt, flags['time-limit'], flags.seed, flags.json || !process.stderr.isTTY ? undefined : (t) => process.stderr.write(`\r${t.padEnd(60)}`));
      const check = verifySbrpSolution(instance, mrt, run.solution);
      const bird = published.get(`${instance.name}/${mrt}`);
      const row = {
        instance: instance.name, mrt, schools: instance.schools.length, stops: instance.stops.length, routes: run.routes,
        buses: run.buses, birdMany: bird?.['many'] ?? null, birdOne: bird?.['one'] ?? null, birdCombined: bird?.['combined'] ?? null,
        vsMany: bird?.['many'] === undefined ? null : run.buses - bird['many'], seconds: Number(run.seconds.toFixed(1)),
        valid: check.violations.length === 0,
      };
      if (!flags.json && process.stderr.isTTY) process.stderr.write('\r'.padEnd(62) + '\r');
      if (check.violations.length > 0) process.stderr.write(`${instance.name} ${mrt}: ${check.violations.slice(0, 5).join('; ')}\n`);
      if (flags.json) console.log(JSON.stringify(row));
      rows.push([row.instance, row.mrt, row.schools, row.stops, row.routes, row.buses, row.birdMany ?? '-', row.birdOne ?? '-', row.birdCombined ?? '-', row.vsMany ?? '-', row.seconds, row.valid ? 'yes' : 'NO']);
      solutions[`${instance.name}/${mrt}`] = run.solution;
    }
  }
  if (!flags.json) {
    console.log(formatTable(['instance', 'MRT s', 'schools', 'stops', 'routes', 'buses', 'BiRD many', 'BiRD one', 'BiRD comb.', 'vs many', 'seconds', 'valid'], rows));
  }
  if (flags.out !== undefined) {
    const single = Object.keys(solutions).length === 1 ? Object.values(solutions)[0] : solutions;
    await writeFile(flags.out, `${JSON.stringify(single, null, 1)}\n`);
  }
});
