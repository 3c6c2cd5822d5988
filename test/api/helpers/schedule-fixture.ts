import type { Kysely } from 'kysely';
import type { Dataset } from '../../../src/dataset/dataset.js';
import type { Database } from '../../../src/db/tables/index.js';
import { generateWeekendSchedule, publishSchedule, storeSchedule, validateSchedule, type Schedule } from '../../../src/scheduling/index.js';
import { twoScopeCounty } from './two-scope-county.js';

/** The two-scope county's demo Friday. */
export const FIXTURE_FRIDAY = '2026-12-04';

/** Search budgets small enough for tests (the county is tiny): about half a second per schedule. */
export const QUICK_PARAMS = { routingTimeLimitS: 0.1, chainingTimeLimitS: 0.1 } as const;

/** Ids of the stored versions and job the schedule rows of the matrix target. */
export interface ScheduleFixture {
  /** Version 1, published: school-1's runs on bus-1 (op-1). */
  readonly published: string;
  /** Version 2, a draft planned on the other end of school-1's Friday window, so the diff always lists changes. */
  readonly draft: string;
  /** A succeeded generate job whose result is the draft. */
  readonly job: string;
}

let generated: Promise<[Schedule, Schedule]> | undefined;

/** The county with school-1's Friday window (14:00–16:00) narrowed to a part of it. */
function withFridayWindow(county: Dataset, earliest: string, latest: string): Dataset {
  return { ...county, schoolWindows: county.schoolWindows.map((w) => (w.schoolId === 'school-1' && w.direction === 'home' ? { ...w, earliest, latest } : w)) };
}

/**
 * The two schedules, generated once per test file: version 1 with school-1 dismissed in the first half
 * hour of its Friday window, version 2 in the last, so they differ whatever the search does in its time
 * budget (seeds alone gave equal schedules on a loaded machine); both lie inside the real window, so
 * both are valid against the county's records.
 */
export function fixtureSchedules(): Promise<[Schedule, Schedule]> {
  generated ??= Promise.resolve().then(() => {
    const county = twoScopeCounty();
    const plan = (records: Dataset, seed: number) => generateWeekendSchedule(records, { friday: FIXTURE_FRIDAY, params: { ...QUICK_PARAMS, seed } });
    return [plan(withFridayWindow(county, '14:00', '14:30'), 1), plan(withFridayWindow(county, '15:30', '16:00'), 2)] as [Schedule, Schedule];
  });
  return generated;
}

/** Stores version 1 (published) and version 2 (draft) of the demo weekend, and a finished job. */
export async function storeScheduleFixture(db: Kysely<Database>): Promise<ScheduleFixture> {
  const county = twoScopeCounty();
  const [first, second] = await fixtureSchedules();
  const v1 = await storeSchedule(db, first, { createdBy: 'test', validation: validateSchedule(first, { records: county }) });
  await publishSchedule(db, v1.id, 'test');
  const v2 = await storeSchedule(db, second, { createdBy: 'test', validation: validateSchedule(second, { records: county }) });
  await db.insertInto('schedule_job').values({
    id: 'job_fixture', county_id: county.manifest.county.id, friday: FIXTURE_FRIDAY, status: 'succeeded', progress: 1, message: 'stored draft version 2',
    request: JSON.stringify({ friday: FIXTURE_FRIDAY }), schedule_id: v2.id, requested_by: 'test', started_at: new Date(), finished_at: new Date(),
  }).execute();
  return { published: v1.id, draft: v2.id, job: 'job_fixture' };
}

/** Puts the fixture's versions back as stored: version 1 published, every other version a draft. */
export async function resetScheduleStatuses(db: Kysely<Database>): Promise<void> {
  await db.updateTable('schedule').set({ status: 'draft', published_at: null, published_by: null }).execute();
  await db.updateTable('schedule').set({ status: 'published' }).where('version', '=', 1).execute();
}
