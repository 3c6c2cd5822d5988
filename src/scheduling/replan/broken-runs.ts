import type { RoadNetwork } from '../../network/build-network.js';
import type { Schedule } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import { checkDuties } from '../validate/check-duties.js';
import { validateSchedule } from '../validate/validate-schedule.js';
import type { Violation } from '../validate/violation.js';
import { ValidationContext } from '../validate/validation-context.js';
import type { EventWorld } from './apply-event.js';
import { runsUsingLink } from './closed-link-use.js';
import type { ReplanEvent } from './replan-event.js';
import { slotInWindows } from './unit-slots.js';

/** Why a published run cannot stay as it is: the event itself, a rule it now breaks, or its transfer partner. */
export type BreakReason = 'vehicle_out' | 'road_closed' | 'window' | 'transfer' | `rule:${string}`;

/** Published runs the event breaks, each with its reasons. */
export type BrokenRuns = ReadonlyMap<string, readonly BreakReason[]>;

/**
 * Finds what an event breaks in a published schedule: the runs of the vehicle that is out (from its
 * time on), the runs whose legs drive over a closed link while it is closed (paths expanded under the
 * conditions they were planned for), every run of a school whose slot left its windows, and every run
 * the validator faults under the new conditions and records (speed caps and slower legs in bad weather,
 * unreachable legs, a vehicle no longer allowed…). A run and its bus ↔ boat partners break together.
 */
export function brokenRuns(published: Schedule, records: WeekendRecords, world: EventWorld, event: ReplanEvent, network: RoadNetwork): BrokenRuns {
  const out = new Map<string, BreakReason[]>();
  const add = (runId: string, reason: BreakReason) => {
    const list = out.get(runId) ?? [];
    if (!list.includes(reason)) list.push(reason);
    out.set(runId, list);
  };
  const out0 = world.vehicleOut;
  if (out0 !== null) for (const r of published.runs) if (r.vehicleId === out0.vehicleId && r.stops[0]!.arriveS >= out0.fromS) add(r.id, 'vehicle_out');
  if (event.kind === 'road-closed') {
    const planned = new ValidationContext(published, records, network);
    for (const id of runsUsingLink(planned, published, { id: event.segmentId, from: event.from, to: event.to })) add(id, 'road_closed');
  }
  for (const d of published.dismissals) {
    if (slotInWindows(world.records, d.schoolId, d.direction, d.slotS) !== null) continue;
    for (const r of published.runs) if (r.schoolId === d.schoolId && r.direction === d.direction) add(r.id, 'window');
  }
  faulted(published, world, network, add);
  closeOverTransfers(published, out, add);
  // Taking a run out of a duty can make the empty drive between its neighbours too long (a detour
  // around the closed road, say): the neighbours that no longer fit break too, until none is left.
  for (let round = 0; round < MAX_DUTY_ROUNDS && out.size > 0; round++) {
    const before = out.size;
    const left = { ...published, request: world.request, runs: published.runs.filter((r) => !out.has(r.id)) };
    const faults: Violation[] = [];
    checkDuties(new ValidationContext(left, world.records, network), faults);
    for (const v of faults) if (v.runId !== undefined) add(v.runId, `rule:${v.code}`);
    closeOverTransfers(published, out, add);
    if (out.size === before) break;
  }
  return out;
}

/** Rounds of re-checking the duties left after the broken runs are taken out. */
const MAX_DUTY_ROUNDS = 5;

/** Runs the validator faults when the published schedule is read under the new request and records. */
function faulted(published: Schedule, world: EventWorld, network: RoadNetwork, add: (runId: string, reason: BreakReason) => void): void {
  const runsOf = new Map<string, string[]>();
  for (const a of published.assignments) runsOf.set(a.studentId, [...(runsOf.get(a.studentId) ?? []), ...a.legs.map((l) => l.runId)]);
  const byDriver = new Map<string, string[]>();
  for (const r of published.runs) byDriver.set(r.driverId, [...(byDriver.get(r.driverId) ?? []), r.id]);
  const known = new Set(published.runs.map((r) => r.id));
  for (const v of validateSchedule({ ...published, request: world.request }, { records: world.records, network })) {
    // Window faults are judged per slot above; the rest name a run, else a student or a driver.
    if (v.code === 'window') continue;
    const ids = v.runId !== undefined ? [v.runId] : v.studentId !== undefined ? (runsOf.get(v.studentId) ?? []) : v.driverId !== undefined ? (byDriver.get(v.driverId) ?? []) : [];
    for (const id of ids) if (known.has(id)) add(id, `rule:${v.code}`);
  }
}

/** A bus run and the boat runs its students change to (or from) stand or fall together. */
function closeOverTransfers(published: Schedule, out: ReadonlyMap<string, readonly BreakReason[]>, add: (runId: string, reason: BreakReason) => void): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of published.transfers) {
      for (const [a, b] of [[t.fromRunId, t.toRunId], [t.toRunId, t.fromRunId]] as const) {
        if (out.has(a) && !out.has(b)) {
          add(b, 'transfer');
          changed = true;
        }
      }
    }
  }
}
