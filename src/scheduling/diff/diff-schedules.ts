import type { Direction } from '../../domain/school.js';
import type { Schedule, ScheduleRun } from '../model/schedule-schema.js';
import { dayClockLabel } from '../time/weekend-clock.js';

/** What changed for a school between two versions. */
export type SchoolChangeKind = 'dismissal' | 'run_added' | 'run_removed' | 'stops' | 'times' | 'vehicle' | 'driver';

/** One change, in words a coordinator files with the plate authority. */
export interface SchoolChange {
  readonly kind: SchoolChangeKind;
  readonly direction: Direction;
  /** The run it concerns (absent for a dismissal change). */
  readonly runId?: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** Changes per school, and the vehicles whose licensed plan (标牌) changes. */
export interface ScheduleDiff {
  readonly schools: readonly { readonly schoolId: string; readonly changes: readonly SchoolChange[] }[];
  /** Vehicles with a run added, removed or changed: their plate's route, times, stops or driver must be filed again. */
  readonly vehiclesToRefile: readonly string[];
}

const stopsText = (r: ScheduleRun) => r.stops.map((s) => s.placeId).join(' → ');
const timesText = (r: ScheduleRun) => r.stops.map((s) => dayClockLabel(s.arriveS).slice(4)).join(' ');

function runChanges(before: ScheduleRun | undefined, after: ScheduleRun | undefined, direction: Direction): SchoolChange[] {
  if (before === undefined && after !== undefined) return [{ kind: 'run_added', direction, runId: after.id, before: null, after: `${after.vehicleId}: ${stopsText(after)}` }];
  if (after === undefined && before !== undefined) return [{ kind: 'run_removed', direction, runId: before.id, before: `${before.vehicleId}: ${stopsText(before)}`, after: null }];
  if (before === undefined || after === undefined) return [];
  const out: SchoolChange[] = [];
  const runId = after.id;
  if (stopsText(before) !== stopsText(after)) out.push({ kind: 'stops', direction, runId, before: stopsText(before), after: stopsText(after) });
  else if (before.stops.some((s, k) => s.arriveS !== after.stops[k]!.arriveS || s.departS !== after.stops[k]!.departS)) {
    out.push({ kind: 'times', direction, runId, before: timesText(before), after: timesText(after) });
  }
  if (before.vehicleId !== after.vehicleId) out.push({ kind: 'vehicle', direction, runId, before: before.vehicleId, after: after.vehicleId });
  if (before.driverId !== after.driverId) out.push({ kind: 'driver', direction, runId, before: before.driverId, after: after.driverId });
  return out;
}

/**
 * The permit change list between the published version and a draft, per school: dismissal (or arrival)
 * time, runs added or removed, and for runs kept (matched by id: school, direction and order in time)
 * changed stops, times, vehicle or driver. A change to route, times, stops, vehicle or driver changes the
 * plate's licensed plan (校车安全管理条例 art. 16) and must be filed; `vehiclesToRefile` lists those plates.
 */
export function diffSchedules(published: Schedule, draft: Schedule): ScheduleDiff {
  const schools = new Map<string, SchoolChange[]>();
  const add = (schoolId: string, c: readonly SchoolChange[]) => {
    if (c.length > 0) schools.set(schoolId, [...(schools.get(schoolId) ?? []), ...c]);
  };
  const slot = (s: Schedule) => new Map(s.dismissals.map((d) => [`${d.schoolId}|${d.direction}`, d]));
  const [a, b] = [slot(published), slot(draft)];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const [schoolId, direction] = key.split('|') as [string, Direction];
    const before = a.get(key);
    const after = b.get(key);
    if (before?.slotS !== after?.slotS) {
      add(schoolId, [{ kind: 'dismissal', direction, before: before === undefined ? null : dayClockLabel(before.slotS), after: after === undefined ? null : dayClockLabel(after.slotS) }]);
    }
  }
  const runsA = new Map(published.runs.map((r) => [r.id, r]));
  const runsB = new Map(draft.runs.map((r) => [r.id, r]));
  const refile = new Set<string>();
  for (const id of [...new Set([...runsA.keys(), ...runsB.keys()])].sort()) {
    const before = runsA.get(id);
    const after = runsB.get(id);
    const run = (after ?? before)!;
    const changes = runChanges(before, after, run.direction);
    add(run.schoolId, changes);
    if (changes.length > 0) for (const v of [before?.vehicleId, after?.vehicleId]) if (v !== undefined) refile.add(v);
  }
  return {
    schools: [...schools].sort(([x], [y]) => (x < y ? -1 : 1)).map(([schoolId, changes]) => ({ schoolId, changes })),
    vehiclesToRefile: [...refile].sort(),
  };
}
