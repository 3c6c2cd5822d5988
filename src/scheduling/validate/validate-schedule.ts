import type { RoadNetwork } from '../../network/build-network.js';
import { Schedule } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import { checkDuties } from './check-duties.js';
import { checkRuns } from './check-runs.js';
import { checkStudents } from './check-students.js';
import { checkWindows } from './check-windows.js';
import { ValidationContext } from './validation-context.js';
import type { Violation } from './violation.js';

/** What a schedule is checked against: the county's records (and, to save time, their network). */
export interface ValidationInputs {
  readonly records: WeekendRecords;
  readonly network?: RoadNetwork;
}

/**
 * Checks every hard rule of a schedule, independently of the generator (records, compliance rules and
 * fresh travel matrices only): capacity on every leg, each student at most once per direction and on a
 * run of their school, times consistent with the matrices (closures and night included), speed caps,
 * windows, maximum ride (whole journey), transfers, no vehicle or driver in two places at once, duty
 * limits, vehicles and drivers allowed on the date. Returns the violations (empty = valid); never throws
 * for a violation. Works on generated, imported or edited schedules alike.
 */
export function validateSchedule(schedule: unknown, inputs: ValidationInputs): Violation[] {
  const parsed = Schedule.safeParse(schedule);
  if (!parsed.success) {
    return parsed.error.issues.slice(0, 50).map((i) => ({ code: 'schema' as const, message: `${i.path.join('.')}: ${i.message}` }));
  }
  const ctx = new ValidationContext(parsed.data, inputs.records, inputs.network);
  const out: Violation[] = [];
  checkRuns(ctx, out);
  checkStudents(ctx, out);
  checkDuties(ctx, out);
  checkWindows(ctx, out);
  return out;
}
