import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { z } from 'zod';
import { toBenchmarkSolution } from '../solver/io/benchmark-solution.js';
import { readBenchmark } from '../solver/io/read-benchmark.js';
import { writeSolution } from '../solver/io/solution-file.js';
import { solve } from '../solver/solve.js';

const Flags = z.object({
  timeLimit: z.coerce.number().positive().default(10),
  seed: z.coerce.number().int().min(0).default(1),
  out: z.string().min(1).optional(),
});

/**
 * `npm run solve -- <instance> [--time-limit S] [--seed N] [--out FILE]`: solves a CVRPLIB `.vrp`
 * (distance, unlimited vehicles) or Solomon `.txt` (fewest vehicles, then distance) instance, writes the
 * solution in CVRPLIB format (to FILE, else to stdout) and ends with `cost <v> routes <k> feasible <b>`.
 */
function main(argv: readonly string[]): number {
  const program = new Command('solve')
    .argument('<instance>', 'CVRPLIB .vrp or Solomon .txt file')
    .option('--time-limit <s>', 'time limit, seconds', '10')
    .option('--seed <n>', 'random seed', '1')
    .option('--out <file>', 'write the solution here');
  program.parse([...argv]);
  const flags = Flags.parse(program.opts());
  const path = program.args[0]!;
  const inst = readBenchmark(path);
  const result = solve(inst.data, { timeLimitS: flags.timeLimit, seed: flags.seed, minimiseVehicles: inst.minimiseVehicles });
  const sol = toBenchmarkSolution(inst, result);
  const text = writeSolution(sol, sol.decimals);
  if (flags.out) writeFileSync(flags.out, text);
  else process.stdout.write(text);
  for (const u of result.unassigned) process.stderr.write(`unassigned client ${u.client + 1}: ${u.reason}\n`);
  process.stdout.write(`cost ${sol.cost.toFixed(sol.decimals)} routes ${sol.vehicles} feasible ${sol.feasible}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv);
} catch (err) {
  process.stderr.write(`solve: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
