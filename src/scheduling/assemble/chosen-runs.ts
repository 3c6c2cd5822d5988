import type { Assignment, UnassignedReason } from '../../solver/chaining/vehicle-assignment.js';
import type { DirectionProblem } from '../chaining/direction-problem.js';
import type { FleetVehicle } from '../chaining/fleet-vehicles.js';
import type { SchoolOption } from '../options/school-option.js';
import type { LostGroup } from '../routes/plan-settings.js';

/** A run that made it into the schedule: its option, the run in it, and its vehicle. */
export interface ChosenRun {
  readonly group: number;
  readonly option: SchoolOption;
  readonly run: number;
  readonly vehicle: FleetVehicle;
  /** Position in the vehicle's sequence of the direction (0-based). */
  readonly seq: number;
}

/** The chosen runs of a direction and the students left out of them. */
export interface DirectionOutcome {
  readonly runs: readonly ChosenRun[];
  /** Per group: lost groups of the chosen option plus runs no vehicle could take. */
  readonly lost: readonly LostGroup[];
}

/** Why a bus run has no vehicle, in words. */
const BUS_TEXT: Record<UnassignedReason, string> = {
  no_vehicle_of_kind: 'no bus is allowed on the date',
  over_capacity: 'no vehicle large enough for this run',
  fleet_exhausted: 'no vehicle left for this run: every bus large enough is busy then',
  duty_rules: 'no vehicle left for this run: the buses free then would break the driving rules (4 h continuous, 2 h touching the night 22:00-06:00, 8 h a day)',
};

/** Students of a run's clients (bus: plan clients; boat: boat clients). */
function runGroups(o: SchoolOption, run: number): LostGroup[] {
  const r = o.runs[run]!;
  const clients = r.template.mode === 'bus' ? o.plan.clients : o.plan.boatClients;
  return r.template.clients.map((c) => ({ studentIds: clients[c]!.studentIds, placeId: clients[c]!.placeId, reason: 'no_vehicle' as const, text: '' }));
}

/**
 * Reads a chaining answer back: the runs with a vehicle, and the students left without one (reason
 * `no_vehicle` for a bus run, `no_boat` for a boat run). A bus run and its boat runs stand or fall
 * together: when either leg of a journey has no vehicle, its students are lost on both.
 */
export function chosenRuns(dp: DirectionProblem, options: readonly (readonly SchoolOption[])[], choice: Int32Array, assignment: Assignment, vehicles: readonly FleetVehicle[]): DirectionOutcome {
  const lost: LostGroup[] = [];
  const dropped = new Set<string>();
  const key = (g: number, run: number) => `${g}:${run}`;
  for (const u of assignment.unassigned) {
    const ref = dp.refs[u.trip]!;
    const o = options[ref.group]![ref.option]!;
    const r = o.runs[ref.run]!;
    dropped.add(key(ref.group, ref.run));
    if (r.template.mode === 'bus') {
      // Its boat runs lose their connection: drop them too (their students are on this bus).
      o.runs.forEach((b, k) => {
        if (b.connectsWith === ref.run) dropped.add(key(ref.group, k));
      });
      for (const l of runGroups(o, ref.run)) lost.push({ ...l, reason: 'no_vehicle', text: BUS_TEXT[u.reason] });
    } else {
      for (const l of runGroups(o, ref.run)) lost.push({ ...l, reason: 'no_boat', text: 'no boat left for this boat run: every boat that can hold it is busy then (or within 3 h of its wave) or would break the driving rules' });
    }
  }
  options.forEach((opts, g) => lost.push(...opts[choice[g]!]!.lost));
  const runs: ChosenRun[] = [];
  for (const duty of assignment.duties) {
    let seq = 0;
    for (const trip of duty.trips) {
      const ref = dp.refs[trip]!;
      if (dropped.has(key(ref.group, ref.run))) continue;
      runs.push({ group: ref.group, option: options[ref.group]![ref.option]!, run: ref.run, vehicle: vehicles[duty.vehicle]!, seq: seq++ });
    }
  }
  return { runs, lost };
}
