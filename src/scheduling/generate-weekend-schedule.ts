import type { Direction } from '../domain/school.js';
import { buildRuns } from './assemble/build-runs.js';
import type { ChosenRun } from './assemble/chosen-runs.js';
import { unservedList } from './assemble/unserved-list.js';
import { vehiclesNeeded } from './assemble/vehicles-needed.js';
import { solveDirection, type DirectionResult } from './chaining/solve-direction.js';
import { weekendSetup, type WeekendSetup } from './inputs/weekend-setup.js';
import { canonicalOrder } from './model/canonical-order.js';
import type { Schedule, ScheduleRun, UnservedStudent } from './model/schedule-schema.js';
import type { WeekendRecords } from './model/weekend-records.js';
import { schoolOptions } from './options/school-options.js';
import type { SchoolOption } from './options/school-option.js';
import { candidateSlots, type CandidateSlot } from './options/slot-states.js';
import { waveSettings } from './options/wave-settings.js';
import { parseScheduleRequest, type ScheduleRequestInput } from './request/schedule-request.js';
import { buildPlans, planKey, type PlanRequest } from './routes/build-plans.js';
import { lose } from './routes/plan-settings.js';
import { summarise } from './summary/summarise.js';
import { clockOf, serviceDateOf } from './time/weekend-clock.js';

/** A step of the generation, for a progress bar: `fraction` goes from 0 to 1. */
export interface ScheduleProgress {
  readonly stage: 'setup' | 'routing' | 'chaining' | 'assembling' | 'done';
  readonly fraction: number;
  readonly message: string;
}

/** Options of {@link generateWeekendSchedule}. */
export interface GenerateOptions {
  readonly onProgress?: (p: ScheduleProgress) => void;
}

interface DirectionInput {
  readonly direction: Direction;
  readonly groups: { demand: WeekendSetup['demands'][number]; slots: CandidateSlot[] }[];
}

function directionInputs(setup: WeekendSetup): { inputs: DirectionInput[]; noWindow: UnservedStudent[] } {
  const inputs: DirectionInput[] = [{ direction: 'home', groups: [] }, { direction: 'return', groups: [] }];
  const noWindow: UnservedStudent[] = [];
  for (const demand of setup.demands) {
    const windows = setup.windows.get(`${demand.school.id}|${demand.direction}`) ?? [];
    const slots = candidateSlots(windows, setup.travel, setup.request.params);
    if (slots.length > 0) inputs.find((d) => d.direction === demand.direction)!.groups.push({ demand, slots });
    else {
      const lost = [...demand.road, ...demand.water].map((g) => lose(g, 'no_window', `${demand.school.id} has no ${demand.direction} window`));
      noWindow.push(...unservedList(lost, demand.direction, () => demand.school.id));
    }
  }
  return { inputs, noWindow };
}

/**
 * Generates a weekend schedule: routes per school and conditions state (routing engine), options per
 * school (slot × alternative, boats in waves), then per direction one choice of option per school and
 * the chaining of runs into vehicle duties (students served, then vehicles, km, ride time). Pure: no
 * database, no clock other than the time budget, so it can run in a worker thread. Infeasibility is a
 * result: unserved students come back with their reasons.
 */
export function generateWeekendSchedule(records: WeekendRecords, requestInput: ScheduleRequestInput, options: GenerateOptions = {}): Schedule {
  const started = Date.now();
  const progress = options.onProgress ?? (() => undefined);
  const request = parseScheduleRequest(requestInput);
  const params = request.params;
  progress({ stage: 'setup', fraction: 0, message: 'network, demand and fleet' });
  const setup = weekendSetup(records, request);
  const { inputs, noWindow } = directionInputs(setup);
  const wanted = new Map<string, PlanRequest>();
  for (const d of inputs) for (const g of d.groups) for (const s of g.slots) wanted.set(planKey(g.demand, s.state), { demand: g.demand, state: s.state });
  const plans = buildPlans([...wanted.values()], {
    travel: setup.travel, busFleet: setup.busClasses, boatFleet: setup.boatClasses, pierIds: setup.pierIds, maxRideS: params.maxRideMin * 60,
    transferS: params.transferMin * 60, dwell: params, seed: params.seed,
  }, params.routingTimeLimitS, (done, total) => progress({ stage: 'routing', fraction: 0.05 + (0.6 * done) / total, message: `routes ${done}/${total}` }));
  const wave = waveSettings(setup);
  const results: DirectionResult[] = inputs.map((d, k) => {
    progress({ stage: 'chaining', fraction: 0.65 + 0.15 * k, message: `slots and vehicle duties (${d.direction})` });
    const opts: SchoolOption[][] = d.groups.map((g) => schoolOptions(g.demand, g.slots, (state) => plans.get(planKey(g.demand, state))!, wave));
    return solveDirection(setup, d.direction, opts);
  });
  progress({ stage: 'assembling', fraction: 0.95, message: 'runs, stops and assignments' });
  const schedule = assemble(records, setup, results, noWindow, started);
  progress({ stage: 'done', fraction: 1, message: 'done' });
  return schedule;
}

function assemble(records: WeekendRecords, setup: WeekendSetup, results: readonly DirectionResult[], noWindow: UnservedStudent[], started: number): Schedule {
  const { request } = setup;
  const schoolOf = new Map(records.students.map((s) => [s.id, s.schoolId]));
  const dutyNo = new Map<string, number>();
  const dutyOf = (c: ChosenRun) => {
    const k = `${c.vehicle.vehicle.id}|${serviceDateOf(request.friday, c.option.slotS)}`;
    if (!dutyNo.has(k)) dutyNo.set(k, dutyNo.size + 1);
    return dutyNo.get(k)!;
  };
  const runs: ScheduleRun[] = [];
  const transfers: Schedule['transfers'] = [];
  const assignments: Schedule['assignments'] = [];
  const unserved: UnservedStudent[] = [...noWindow];
  for (const r of results) {
    const lostRows = unservedList(r.lost, r.direction, (s) => schoolOf.get(s) ?? '');
    unserved.push(...lostRows);
    const lostIds = new Set(lostRows.map((u) => u.studentId));
    const served = new Set(r.options.flatMap((opts, g) => [...opts[r.choice[g]!]!.plan.clients, ...opts[r.choice[g]!]!.plan.boatClients].flatMap((c) => c.studentIds)).filter((s) => !lostIds.has(s)));
    const built = buildRuns([...r.runs].sort((a, b) => (a.vehicle.vehicle.id < b.vehicle.vehicle.id ? -1 : 1) || a.seq - b.seq), r.direction, request.friday, served, dutyOf, request.params.transferMin * 60);
    runs.push(...built.runs);
    transfers.push(...built.transfers);
    assignments.push(...built.assignments);
  }
  const usedIds = new Set(runs.map((r) => r.vehicleId));
  const vehicles = records.vehicles.filter((v) => usedIds.has(v.id)).map((v) => ({ id: v.id, kind: v.kind, registrationNo: v.registrationNo, capacity: v.approvedCapacity, depotPlaceId: v.homeDepotPlaceId }));
  const dismissals = results.flatMap((r) => r.options.map((opts, g) => {
    const o = opts[r.choice[g]!]!;
    return { schoolId: o.school.id, direction: o.direction, serviceDate: serviceDateOf(request.friday, o.slotS), slotS: o.slotS, slotTime: clockOf(o.slotS), preference: o.preference };
  }));
  const needed = results.flatMap((r) => vehiclesNeeded(r.dp.problem, r.unassignedTrips));
  const allowed = new Set([...setup.fleets.values()].flatMap((f) => f.vehicles.map((v) => v.vehicle.id)));
  const base = {
    formatVersion: 1 as const, countyId: records.schools[0]?.countyId ?? records.places[0]?.countyId ?? 100000, friday: request.friday, request,
    vehicles, dismissals, runs, transfers, assignments, unserved, vehiclesNeeded: mergeNeeded(needed),
  };
  return canonicalOrder({ ...base, summary: summarise(base, records, allowed.size, (Date.now() - started) / 1000) });
}

function mergeNeeded(list: Schedule['vehiclesNeeded']): Schedule['vehiclesNeeded'] {
  const m = new Map<string, Schedule['vehiclesNeeded'][number]>();
  for (const n of list) {
    const k = `${n.kind}:${n.capacity}`;
    m.set(k, { ...n, count: Math.max(m.get(k)?.count ?? 0, n.count) });
  }
  return [...m.values()];
}
