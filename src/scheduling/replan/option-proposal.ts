import type { Driver, Vehicle } from '../../domain/fleet.js';
import { buildRuns } from '../assemble/build-runs.js';
import type { ChosenRun } from '../assemble/chosen-runs.js';
import type { FleetVehicle } from '../chaining/fleet-vehicles.js';
import type { ScheduleRun, ScheduleTransfer, StudentAssignment } from '../model/schedule-schema.js';
import { optionCostKm } from '../options/option-costs.js';
import type { SchoolOption } from '../options/school-option.js';
import { clockOf, serviceDateOf } from '../time/weekend-clock.js';
import type { RunToPlace } from './duty-board.js';
import type { Proposal, RepairTier } from './proposal.js';
import type { ReplanContext, ReplanUnit } from './replan-context.js';
import { RunIds } from './run-ids.js';

/** Kilometre-equivalent of moving a school's slot by one minute: stability weighs against a cheaper route. */
export const SHIFT_KM_PER_MIN = 0.5;

/** Stand-in vehicle and driver while the runs of an option have none yet (`buildRuns` wants one). */
const NOBODY_VEHICLE: Vehicle = {
  id: 'unassigned', countyId: 100000, kind: 'bus', registrationNo: '-', approvedCapacity: 1, operatorId: 'none', homeDepotPlaceId: 'none', year: 2000, makeModel: '-', status: 'active',
};
const NOBODY_DRIVER: Driver = {
  id: 'unassigned', countyId: 100000, operatorId: 'none', displayName: '-', licenceClass: 'A1', birthDate: '1980-01-01', licensedSince: '2000-01-01', schoolTransportEndorsed: true,
};
const nobodyOn = (dayOffset: number): FleetVehicle => ({ vehicle: NOBODY_VEHICLE, capacity: 1, drivers: new Map([[dayOffset, NOBODY_DRIVER]]) });

/** Runs of a proposal kept from the published version (tier `kept` or `retimed`), to place along with new ones. */
export interface KeptPart {
  readonly runs: readonly RunToPlace[];
  readonly linked: readonly (readonly number[])[];
}

/** Index sets of runs joined by transfers (a bus and the boats its students change to). */
export function linkedSets(runs: readonly ScheduleRun[], transfers: readonly ScheduleTransfer[], offset = 0): number[][] {
  const at = new Map(runs.map((r, i) => [r.id, i + offset]));
  const sets = new Map<number, Set<number>>();
  for (const t of transfers) {
    const [a, b] = [at.get(t.fromRunId), at.get(t.toRunId)];
    if (a === undefined || b === undefined) continue;
    const set = sets.get(a) ?? sets.get(b) ?? new Set<number>();
    set.add(a).add(b);
    sets.set(a, set);
    sets.set(b, set);
  }
  return [...new Set(sets.values())].map((s) => [...s].sort((x, y) => x - y));
}

/** Renames run ids in transfers and assignments. */
function renamed(built: { transfers: ScheduleTransfer[]; assignments: StudentAssignment[] }, ids: ReadonlyMap<string, string>) {
  const to = (id: string) => ids.get(id) ?? id;
  return {
    transfers: built.transfers.map((t) => ({ ...t, fromRunId: to(t.fromRunId), toRunId: to(t.toRunId) })),
    assignments: built.assignments.map((a) => ({ ...a, legs: a.legs.map((l) => ({ ...l, runId: to(l.runId) })) })),
  };
}

/**
 * A proposal from a school option (a slot and routing alternative under the new conditions): its runs
 * built as the generator builds them, ids taken from the unit's removed runs first, each new run
 * wishing for a vehicle of the removed runs (largest loads get the largest), placed together with the
 * `kept` runs. `removed` are the published runs of the unit the option replaces.
 */
export function optionProposal(ctx: ReplanContext, unit: ReplanUnit, option: SchoolOption, kept: KeptPart, removed: ReadonlySet<string>, tier: RepairTier): Proposal {
  const params = ctx.world.request.params;
  const lostIds = new Set(option.lost.flatMap((l) => l.studentIds));
  const served = new Set([...option.plan.clients, ...option.plan.boatClients].flatMap((c) => c.studentIds).filter((s) => !lostIds.has(s)));
  const nobody = nobodyOn(option.dayOffset);
  const chosen: ChosenRun[] = option.runs.map((_, run) => ({ group: 0, option, run, vehicle: nobody, seq: run }));
  const built = buildRuns(chosen, unit.direction, ctx.published.friday, served, () => 1, params.transferMin * 60);
  const keptIds = new Set(kept.runs.map((r) => r.run.id));
  const ids = new RunIds(unit.schoolId, unit.direction, unit.runs, new Set([...removed].filter((id) => !keptIds.has(id))), ctx.runById.keys());
  const rename = new Map<string, string>();
  for (const r of [...built.runs].sort((a, b) => a.stops[0]!.arriveS - b.stops[0]!.arriveS || (a.id < b.id ? -1 : 1))) rename.set(r.id, ids.next(r.mode));
  const fresh = built.runs.map((r) => ({ ...r, id: rename.get(r.id)! }));
  const wishes = unit.runs.filter((r) => removed.has(r.id) && !keptIds.has(r.id) && r.vehicleId !== ctx.world.vehicleOut?.vehicleId)
    .map((r) => ({ id: r.vehicleId, mode: r.mode, cap: r.maxLoad })).sort((a, b) => b.cap - a.cap);
  const runs: RunToPlace[] = [...fresh].sort((a, b) => b.maxLoad - a.maxLoad).map((run) => {
    const k = wishes.findIndex((w) => w.mode === run.mode);
    const wish = k < 0 ? null : wishes.splice(k, 1)[0]!.id;
    return { run, preferredVehicleId: wish };
  });
  const { transfers, assignments } = renamed(built, rename);
  const shiftMin = unit.dismissal === undefined ? 0 : Math.abs(option.slotS - unit.dismissal.slotS) / 60;
  return {
    tier, removed, transfers, assignments, lost: option.lost, replacesUnserved: tier === 'replanned',
    dismissal: { schoolId: unit.schoolId, direction: unit.direction, serviceDate: serviceDateOf(ctx.published.friday, option.slotS), slotS: option.slotS, slotTime: clockOf(option.slotS), preference: option.preference },
    runs: [...kept.runs, ...runs],
    linked: [...kept.linked, ...linkedSets(runs.map((r) => r.run), transfers, kept.runs.length)],
    costKm: optionCostKm(option, params) + shiftMin * SHIFT_KM_PER_MIN,
  };
}
