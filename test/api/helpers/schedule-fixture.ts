import type { Kysely } from 'kysely';
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
  /** Version 2, a draft with other slots (seed 2), so the diff lists changes. */
  readonly draft: string;
  /** A succeeded generate job whose result is the draft. */
  readonly job: string;
}

let generated: Promise<[Schedule, Schedule]> | undefined;

/** The two schedules, generated once per test file (the engine is deterministic for a seed and budgets). */
export function fixtureSchedules(): Promise<[Schedule, Schedule]> {
  generated ??= Promise.resolve().then(() => {
    const county = twoScopeCounty();
    return [1, 2].map((seed) => generateWeekendSchedule(county, { friday: FIXTURE_FRIDAY, params: { ...QUICK_PARAMS, seed } })) as [Schedule, Schedule];
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
