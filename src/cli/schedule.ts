import { writeFileSync } from 'node:fs';
import { readDataset } from '../dataset/dataset-files.js';
import { dbConfigFromEnv } from '../db/config.js';
import { createDb } from '../db/database.js';
import { generateWeekendSchedule } from '../scheduling/generate-weekend-schedule.js';
import type { WeekendRecords } from '../scheduling/model/weekend-records.js';
import { storeSchedule } from '../scheduling/storage/schedule-store.js';
import { validateSchedule } from '../scheduling/validate/validate-schedule.js';
import { runCli } from './run-cli.js';
import { parseScheduleArgs, requestOf } from './schedule/schedule-args.js';
import { formatScheduleSummary } from './schedule/schedule-summary.js';
import { scheduleProgressBar } from './schedule/progress-bar.js';
import { countyRecordsFromDb } from './schedule/weekend-records.js';

/** Generates, validates, prints, and optionally writes (`--out`) and stores (`--store`) a schedule. */
async function plan(records: WeekendRecords, argv: readonly string[], store?: (s: ReturnType<typeof generateWeekendSchedule>, v: ReturnType<typeof validateSchedule>) => Promise<string>): Promise<void> {
  const args = parseScheduleArgs(argv);
  const bar = scheduleProgressBar();
  const schedule = generateWeekendSchedule(records, requestOf(args), { onProgress: bar.update });
  bar.stop();
  const violations = validateSchedule(schedule, { records });
  console.log(formatScheduleSummary(schedule, records.schools));
  console.log(violations.length === 0 ? '\nvalidateSchedule: every hard rule holds' : `\nvalidateSchedule: ${violations.length} violation(s)\n${violations.slice(0, 20).map((v) => `  ${v.code}: ${v.message}`).join('\n')}`);
  if (args.out !== undefined) {
    writeFileSync(args.out, `${JSON.stringify(schedule, null, 1)}\n`);
    console.log(`written ${args.out} (format: docs/schedule-format.md)`);
  }
  if (store !== undefined) console.log(`stored as draft ${await store(schedule, violations)}`);
}

/**
 * `npm run schedule -- --friday YYYY-MM-DD [--weather-friday …] [--weather-saturday …] [--weather-sunday …]
 * [--close SEGMENT_ID …] [--out FILE] [--data DIR] [--store] [--time-limit S] [--seed N]`: generates the
 * weekend's schedule with a progress bar and prints its summary. Reads the county from the database
 * (embedded by default, importing the dataset on first run), or from a dataset folder with `--data`;
 * `--store` keeps the result as a draft version.
 */
runCli(async (argv) => {
  const args = parseScheduleArgs(argv);
  if (args.data !== undefined) {
    if (args.store) throw new Error('--store needs the database; leave out --data');
    await plan(await readDataset(args.data), argv);
    return;
  }
  const { db, close } = await createDb(dbConfigFromEnv());
  try {
    const { records } = await countyRecordsFromDb(db, (line) => console.error(line));
    await plan(records, argv, args.store ? async (s, v) => (await storeSchedule(db, s, { createdBy: 'npm run schedule', validation: v })).id : undefined);
  } finally {
    await close();
  }
});
