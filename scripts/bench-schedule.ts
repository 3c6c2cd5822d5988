import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatTable } from '../src/cli/output/text-table.js';
import { runCli } from '../src/cli/run-cli.js';
import { readDataset } from '../src/dataset/dataset-files.js';
import { Weather } from '../src/domain/conditions.js';
import { addDays } from '../src/domain/calendar.js';
import { generateWeekendSchedule } from '../src/scheduling/generate-weekend-schedule.js';
import { validateSchedule } from '../src/scheduling/validate/validate-schedule.js';

const Flags = z.object({
  data: z.string().default(resolve(import.meta.dirname, '..', 'data', 'suichang')),
  weather: z.array(Weather).default(['clear', 'rain', 'fog']),
  seed: z.coerce.number().int().min(0).default(1),
  json: z.boolean().default(false),
});

/** One row: the demo weekend under one weather (both days). */
interface Row {
  readonly weather: string;
  readonly needing: number;
  readonly servedHome: number;
  readonly servedReturn: number;
  readonly unserved: number;
  readonly vehiclesUsed: number;
  readonly vehiclesAvailable: number;
  readonly runs: number;
  readonly loadedKm: number;
  readonly longestRideMin: number;
  readonly violations: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/**
 * `npm run bench:schedule -- [--data DIR] [--weather clear --weather rain …] [--seed N] [--json]`: the
 * demo weekend (both days, every school, the whole fleet allowed on the dates) under each weather, with
 * students served, vehicles used, km, longest ride, wall-clock and CPU seconds, and the validator's verdict.
 */
runCli(async (argv) => {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, weather: { type: 'string', multiple: true }, seed: { type: 'string' }, json: { type: 'boolean' } } });
  const flags = Flags.parse({ data: values.data, weather: values.weather, seed: values.seed, json: values.json });
  const records = await readDataset(flags.data);
  const friday = records.manifest.demoFriday ?? '2026-12-04';
  const rows: Row[] = [];
  for (const weather of flags.weather) {
    const day = { weather, closed: [] };
    const cpu = process.cpuUsage();
    const started = Date.now();
    const s = generateWeekendSchedule(records, { friday, conditions: { [friday]: day, [addDays(friday, 1)]: day, [addDays(friday, 2)]: day }, params: { seed: flags.seed } });
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const violations = validateSchedule(s, { records }).length;
    rows.push({
      weather, needing: s.summary.studentsNeedingRide, servedHome: s.summary.servedHome, servedReturn: s.summary.servedReturn, unserved: s.unserved.length,
      vehiclesUsed: s.summary.vehiclesUsed, vehiclesAvailable: s.summary.vehiclesAvailable, runs: s.summary.runs, loadedKm: s.summary.loadedKm,
      longestRideMin: Math.ceil(s.summary.longestRideS / 60), violations, seconds: Math.round(seconds * 10) / 10, cpuSeconds: Math.round((used.user + used.system) / 1e5) / 10,
    });
  }
  if (flags.json) {
    for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  process.stdout.write(`${formatTable(
    ['weather', 'need ride', 'served home', 'served return', 'unserved (both ways)', 'vehicles used/avail', 'runs', 'loaded km', 'longest min', 'violations', 'wall s', 'cpu s'],
    rows.map((r) => [r.weather, r.needing, r.servedHome, r.servedReturn, r.unserved, `${r.vehiclesUsed}/${r.vehiclesAvailable}`, r.runs, r.loadedKm, r.longestRideMin, r.violations, r.seconds, r.cpuSeconds]),
  )}\n`);
});
