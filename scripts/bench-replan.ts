import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatTable } from '../src/cli/output/text-table.js';
import { runCli } from '../src/cli/run-cli.js';
import { readDataset } from '../src/dataset/dataset-files.js';
import { buildNetwork } from '../src/network/build-network.js';
import { generateWeekendSchedule } from '../src/scheduling/generate-weekend-schedule.js';
import { Schedule } from '../src/scheduling/model/schedule-schema.js';
import { replan } from '../src/scheduling/replan/replan.js';
import { BENCH_KINDS, randomEvents } from './bench-replan/random-events.js';
import { averages, rowOf, type ReplanRow } from './bench-replan/replan-rows.js';

const Flags = z.object({
  data: z.string().default(resolve(import.meta.dirname, '..', 'data', 'suichang')),
  schedule: z.string().optional(),
  events: z.coerce.number().int().min(1).max(100).default(3),
  seed: z.coerce.number().int().min(0).default(1),
  timeLimit: z.coerce.number().positive().max(600).optional(),
  json: z.boolean().default(false),
});

/**
 * `npm run bench:replan -- [--events N] [--seed S] [--schedule FILE] [--data DIR] [--time-limit S] [--json]`:
 * the demo weekend (generated once, or the export in FILE), then N random single events of each kind
 * (vehicle out, road closed, weather, window changed) re-planned one by one from the same published
 * version: runs unchanged, students affected and left unserved, seconds, and whether the draft passes
 * `validateSchedule`; then the averages per kind. Timings are wall-clock on a shared machine.
 */
runCli(async (argv) => {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, schedule: { type: 'string' }, events: { type: 'string' }, seed: { type: 'string' }, 'time-limit': { type: 'string' }, json: { type: 'boolean' } } });
  const flags = Flags.parse({ data: values.data, schedule: values.schedule, events: values.events, seed: values.seed, timeLimit: values['time-limit'], json: values.json });
  const records = await readDataset(flags.data);
  const friday = records.manifest.demoFriday ?? '2026-12-04';
  const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
  let published: Schedule;
  if (flags.schedule !== undefined) published = Schedule.parse(JSON.parse(readFileSync(flags.schedule, 'utf8')));
  else {
    log(`generating the demo weekend ${friday} (seed ${flags.seed}) …`);
    published = generateWeekendSchedule(records, { friday, params: { seed: flags.seed } });
  }
  const network = buildNetwork({ roads: records.roads, waterways: records.waterways, places: records.places });
  const rows: ReplanRow[] = [];
  for (const { kind, event } of randomEvents(published, records, network, flags.events, flags.seed)) {
    const started = Date.now();
    const result = replan(published, event, { records, network, ...(flags.timeLimit === undefined ? {} : { timeLimitS: flags.timeLimit }) });
    rows.push(rowOf(kind, result, (Date.now() - started) / 1000));
  }
  const all = [...rows, ...averages(rows, BENCH_KINDS)];
  if (flags.json) {
    for (const r of all) process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  process.stdout.write(`${formatTable(
    ['row', 'kind', 'event', 'runs', 'unchanged', 'share', 'students affected', 'newly unserved (student × direction)', 'seconds', 'valid'],
    all.map((r) => [r.row, r.kind, r.event, r.runsTotal, r.runsUnchanged, r.shareUnchanged, r.studentsAffected, r.unserved, r.seconds, r.valid]),
  )}\n`);
});
