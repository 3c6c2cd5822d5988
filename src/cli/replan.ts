import { readFileSync, writeFileSync } from 'node:fs';
import { readDataset } from '../dataset/dataset-files.js';
import { dbConfigFromEnv } from '../db/config.js';
import { createDb } from '../db/database.js';
import { InvalidInput } from '../domain/errors.js';
import type { Schedule } from '../scheduling/model/schedule-schema.js';
import type { WeekendRecords } from '../scheduling/model/weekend-records.js';
import { replan, type ReplanResult } from '../scheduling/replan/replan.js';
import { loadSchedule, storeSchedule } from '../scheduling/storage/schedule-store.js';
import { parseReplanArgs, type ReplanArgs } from './replan/replan-args.js';
import { formatReplanReport } from './replan/replan-report.js';
import { runCli } from './run-cli.js';
import { DATASET_DIR, countyRecordsFromDb } from './schedule/weekend-records.js';

/** Re-plans, prints the change list, and writes the draft with `--out`. */
function run(published: unknown, records: WeekendRecords, args: ReplanArgs): ReplanResult {
  const result = replan(published, args.event, { records, ...(args.timeLimit === undefined ? {} : { timeLimitS: args.timeLimit }) });
  console.log(formatReplanReport(result));
  if (args.out !== undefined) {
    writeFileSync(args.out, `${JSON.stringify(result.draft, null, 1)}\n`);
    console.log(`draft written to ${args.out} (format: docs/schedule-format.md)`);
  }
  return result;
}

function readExport(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidInput(`--from ${file}: ${error instanceof Error ? error.message : String(error)}`, [{ field: 'from', message: 'not a readable JSON file' }]);
  }
}

/**
 * `npm run replan -- (--schedule ID | --from FILE [--data DIR]) --event '<json>' [--store] [--out FILE]
 * [--time-limit S]`: re-plans a published (or stored) weekend after an event and prints the change list
 * per school and per operator, the students affected, runs unchanged / total and the time. `--schedule`
 * reads the version and the county from the database (embedded by default, `DATABASE_URL` for a
 * server); `--from` reads an export and the dataset folder (default data/suichang) without a database.
 * `--store` keeps the draft as a new version based on the published one.
 */
runCli(async (argv) => {
  const args = parseReplanArgs(argv);
  if (args.from !== undefined) {
    run(readExport(args.from), await readDataset(args.data ?? DATASET_DIR), args);
    return;
  }
  const { db, close } = await createDb(dbConfigFromEnv());
  try {
    const { records } = await countyRecordsFromDb(db, (line) => console.error(line));
    const published: Schedule = await loadSchedule(db, args.schedule!);
    const result = run(published, records, args);
    if (args.store) {
      const stored = await storeSchedule(db, result.draft, { createdBy: 'npm run replan', validation: result.violations });
      console.log(`stored as draft ${stored.id} (version ${stored.version}, based on ${stored.basedOnId ?? 'no published version'})`);
    }
  } finally {
    await close();
  }
});
