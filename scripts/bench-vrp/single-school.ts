/**
 * Single-school routing on the Park–Tae–Kim instances (open start, school as destination, capacity 66,
 * maximum ride time): routes found per school against the capacity lower bound ⌈students / 66⌉.
 * `npx tsx scripts/bench-vrp/single-school.ts [--instance RSRB01] [--mrt 2700] [--time-limit S] [--json]`
 * Not a published comparison (BiRD reports buses after chaining, not routes per school).
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { readSbrpSchools, SBRP_TICKS_PER_S } from '../../src/solver/io/sbrp-reader.js';
import { solve } from '../../src/solver/solve.js';

const Flags = z.object({
  instance: z.string().default('CSCB01'),
  mrt: z.coerce.number().positive().default(2700),
  timeLimit: z.coerce.number().positive().default(5),
  json: z.boolean().default(false),
});

const program = new Command('single-school')
  .option('--instance <name>', 'sbrp instance folder', 'CSCB01')
  .option('--mrt <s>', 'maximum ride time, seconds', '2700')
  .option('--time-limit <s>', 'seconds per school', '5')
  .option('--json', 'one JSON object per row');
program.parse(process.argv);
const flags = Flags.parse(program.opts());
const dir = resolve(import.meta.dirname, '../../data/benchmarks/sbrp', flags.instance);
const rows = readSbrpSchools(dir, flags.mrt).map((school) => {
  const result = solve(school.data, { timeLimitS: flags.timeLimit, seed: 1, minimiseVehicles: true });
  const row = {
    instance: flags.instance,
    school: school.schoolId,
    stops: school.stopIds.length,
    students: school.students,
    lowerBound: Math.ceil(school.students / 66),
    routes: result.routes.length,
    durationS: Math.round(result.cost / SBRP_TICKS_PER_S),
    maxRideS: Math.round(Math.max(...result.routes.map((r) => r.rideExcessS)) / SBRP_TICKS_PER_S + flags.mrt),
    feasible: result.feasible && result.complete,
  };
  if (flags.json) console.log(JSON.stringify(row));
  return row;
});
if (!flags.json) {
  console.log(`instance ${flags.instance}, MRT ${flags.mrt} s, ${flags.timeLimit} s per school`);
  console.log('school   stops  students  LB  routes  duration s  max ride s  feasible');
  for (const r of rows) {
    console.log(`${r.school}  ${String(r.stops).padStart(5)}  ${String(r.students).padStart(8)}  ${String(r.lowerBound).padStart(2)}  ${String(r.routes).padStart(6)}  ${String(r.durationS).padStart(10)}  ${String(r.maxRideS).padStart(10)}  ${r.feasible}`);
  }
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  console.log(`total    ${String(sum((r) => r.stops)).padStart(5)}  ${String(sum((r) => r.students)).padStart(8)}  ${String(sum((r) => r.lowerBound)).padStart(2)}  ${String(sum((r) => r.routes)).padStart(6)}`);
}
