/**
 * `npm run bench:vrp -- [--time-limit S] [--set DIR]... [--instances a,b] [--seed N] [--json]`: solves every
 * instance of the CVRP and VRPTW sets (data/benchmarks/{cvrp,vrptw}) one after the other on one thread,
 * and compares with the best known solutions of each set's bks.csv. CVRP gap is on distance; Solomon
 * results rank fewest vehicles first, and the gap is the distance gap to the hierarchical BKS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { toBenchmarkSolution } from '../src/solver/io/benchmark-solution.js';
import { readBenchmark } from '../src/solver/io/read-benchmark.js';
import { solve } from '../src/solver/solve.js';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_SETS = ['data/benchmarks/cvrp', 'data/benchmarks/vrptw'];

const Flags = z.object({
  timeLimit: z.coerce.number().positive().default(10),
  seed: z.coerce.number().int().min(0).default(1),
  set: z.array(z.string()).default([]),
  instances: z.string().optional(),
  json: z.boolean().default(false),
});

const BksRow = z.object({ instance: z.string(), n: z.coerce.number(), bks: z.coerce.number(), bks_vehicles: z.coerce.number().optional() });

interface Row {
  set: string;
  instance: string;
  n: number;
  bks: number;
  bksVehicles: number | null;
  cost: number;
  vehicles: number;
  gapPct: number;
  seconds: number;
  /** CPU seconds of this process: below `seconds` when other work shares the machine. */
  cpuSeconds: number;
  feasible: boolean;
}

function runInstance(set: string, file: string, bks: z.infer<typeof BksRow>, flags: z.infer<typeof Flags>): Row {
  const inst = readBenchmark(file);
  const cpu0 = process.cpuUsage();
  const result = solve(inst.data, { timeLimitS: flags.timeLimit, seed: flags.seed, minimiseVehicles: inst.minimiseVehicles });
  const cpu = process.cpuUsage(cpu0);
  const sol = toBenchmarkSolution(inst, result);
  const cost = Number(sol.cost.toFixed(sol.decimals));
  return {
    set,
    instance: bks.instance,
    n: bks.n,
    bks: bks.bks,
    bksVehicles: bks.bks_vehicles ?? null,
    cost,
    vehicles: sol.vehicles,
    gapPct: (100 * (cost - bks.bks)) / bks.bks,
    seconds: result.stats.elapsedS,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    feasible: sol.feasible,
  };
}

function printTable(rows: readonly Row[]): void {
  const head = ['set', 'instance', 'n', 'BKS', 'cost', 'vehicles', 'gap %', 'seconds', 'cpu s', 'feasible'];
  const body = rows.map((r) => [
    r.set,
    r.instance,
    String(r.n),
    String(r.bks),
    String(r.cost),
    r.bksVehicles === null ? String(r.vehicles) : `${r.vehicles} (${r.bksVehicles})`,
    r.gapPct.toFixed(2),
    r.seconds.toFixed(1),
    r.cpuSeconds.toFixed(1),
    String(r.feasible),
  ]);
  for (const set of [...new Set(rows.map((r) => r.set))]) {
    const rs = rows.filter((r) => r.set === set);
    const avg = (f: (r: Row) => number) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
    const extra = rs.some((r) => r.bksVehicles !== null)
      ? `+${rs.reduce((s, r) => s + (r.vehicles - (r.bksVehicles ?? r.vehicles)), 0)} veh`
      : '';
    body.push([set, 'average', '', '', '', extra, avg((r) => r.gapPct).toFixed(2), avg((r) => r.seconds).toFixed(1), avg((r) => r.cpuSeconds).toFixed(1), `${rs.filter((r) => r.feasible).length}/${rs.length}`]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

function main(): void {
  const program = new Command('bench:vrp')
    .option('--time-limit <s>', 'seconds per instance', '10')
    .option('--seed <n>', 'random seed', '1')
    .option('--set <dir>', 'instance folder with a bks.csv (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--instances <list>', 'comma-separated instance names to run')
    .option('--json', 'one JSON object per row');
  program.parse(process.argv);
  const flags = Flags.parse(program.opts());
  const wanted = flags.instances ? new Set(flags.instances.split(',').map((s) => s.trim())) : null;
  const rows: Row[] = [];
  for (const dir of flags.set.length > 0 ? flags.set : DEFAULT_SETS) {
    const abs = resolve(ROOT, dir);
    const set = abs.split('/').pop()!;
    const bksRows = (parse(readFileSync(join(abs, 'bks.csv'), 'utf8'), { columns: true }) as unknown[]).map((r) => BksRow.parse(r));
    const files = readdirSync(abs).filter((f) => /\.(vrp|txt)$/i.test(f));
    for (const bks of bksRows) {
      if (wanted && !wanted.has(bks.instance)) continue;
      const file = files.find((f) => f.replace(/\.(vrp|txt)$/i, '') === bks.instance);
      if (!file) continue;
      const row = runInstance(set, join(abs, file), bks, flags);
      rows.push(row);
      if (flags.json) {
        const { set: _s, ...rest } = row;
        console.log(JSON.stringify({ ...rest, set }));
      } else process.stderr.write(`${row.instance}: ${row.cost} (${row.gapPct.toFixed(2)}%)\n`);
    }
  }
  if (!flags.json) printTable(rows);
}

main();
