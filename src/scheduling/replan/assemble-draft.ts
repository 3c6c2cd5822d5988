import { vehiclesNeeded } from '../assemble/vehicles-needed.js';
import { canonicalOrder } from '../model/canonical-order.js';
import type { Schedule, ScheduleRun, StudentAssignment, UnservedStudent, VehiclesNeeded } from '../model/schedule-schema.js';
import { summarise } from '../summary/summarise.js';
import { DAY_S } from '../time/weekend-clock.js';
import type { UnitOutcome } from './proposal.js';
import type { ReplanContext } from './replan-context.js';

const keyOf = (x: { studentId: string; direction: string }) => `${x.studentId}|${x.direction}`;

/**
 * Duty numbers and places in duty: a vehicle's day keeps its published duty number, a new one gets the
 * next; `seqInDuty` follows start times (a run inserted before another shifts its number, nothing else).
 */
function numberDuties(published: Schedule, runs: readonly ScheduleRun[]): ScheduleRun[] {
  const dutyNo = new Map(published.runs.map((r) => [`${r.vehicleId}|${r.serviceDate}`, r.dutyNo]));
  let next = Math.max(0, ...dutyNo.values()) + 1;
  const byDuty = new Map<string, ScheduleRun[]>();
  for (const r of [...runs].sort((a, b) => (a.vehicleId < b.vehicleId ? -1 : a.vehicleId > b.vehicleId ? 1 : a.stops[0]!.arriveS - b.stops[0]!.arriveS))) {
    const k = `${r.vehicleId}|${r.serviceDate}`;
    if (!dutyNo.has(k)) dutyNo.set(k, next++);
    byDuty.set(k, [...(byDuty.get(k) ?? []), r]);
  }
  return [...byDuty].flatMap(([k, list]) => list.map((r, i) => (r.dutyNo === dutyNo.get(k) && r.seqInDuty === i + 1 ? r : { ...r, dutyNo: dutyNo.get(k)!, seqInDuty: i + 1 })));
}

/** Vehicles needed: the published count plus what the runs left without a vehicle now would need (an upper bound). */
function neededAfter(ctx: ReplanContext): VehiclesNeeded[] {
  const counts = new Map(ctx.published.vehiclesNeeded.map((n) => [`${n.kind}:${n.capacity}`, { ...n }]));
  for (const b of ctx.board.boards()) {
    if (b.lost.length === 0) continue;
    for (const n of vehiclesNeeded({ ...b.problem, trips: b.lost, dayLengthS: DAY_S }, b.lost.map((_, i) => i))) {
      const k = `${n.kind}:${n.capacity}`;
      counts.set(k, { ...n, count: (counts.get(k)?.count ?? 0) + n.count });
    }
  }
  return [...counts.values()];
}

/** Assignments: the published ones still on living runs, replaced by the new ones of repaired units. */
function assignmentsAfter(ctx: ReplanContext, outcomes: readonly UnitOutcome[], alive: ReadonlySet<string>): StudentAssignment[] {
  const fresh = new Map(outcomes.flatMap((o) => o.assignments).map((a) => [keyOf(a), a]));
  const kept = ctx.published.assignments.filter((a) => !fresh.has(keyOf(a)) && a.legs.every((l) => alive.has(l.runId)));
  return [...kept, ...fresh.values()];
}

/** Unserved rows: published ones still true, the repaired units' new ones, and a row for anyone left out. */
function unservedAfter(ctx: ReplanContext, outcomes: readonly UnitOutcome[], served: ReadonlySet<string>): UnservedStudent[] {
  const replaced = new Set(outcomes.filter((o) => o.replacesUnserved).map((o) => `${o.unit.schoolId}|${o.unit.direction}`));
  const rows = new Map<string, UnservedStudent>();
  const add = (u: UnservedStudent) => {
    if (!served.has(keyOf(u)) && !rows.has(keyOf(u))) rows.set(keyOf(u), u);
  };
  for (const o of outcomes) o.unserved.forEach(add);
  for (const u of ctx.published.unserved) if (!replaced.has(`${u.schoolId}|${u.direction}`)) add(u);
  for (const a of ctx.published.assignments) {
    const s = ctx.studentById.get(a.studentId);
    // Defensive: a student who lost their seat without a recorded reason is still listed.
    add({ studentId: a.studentId, schoolId: s?.schoolId ?? '', direction: a.direction, reasonCode: 'no_vehicle', reason: 'lost their seat in re-planning', placeId: s?.homePlaceId ?? null });
  }
  return [...rows.values()];
}

/**
 * The draft: runs the event did not touch exactly as published, the repaired units' runs, transfers
 * and assignments on living runs, unserved students with reasons, each unit's (possibly moved) slot,
 * the request and summary after the event. Lists in canonical order.
 */
export function assembleDraft(ctx: ReplanContext, outcomes: readonly UnitOutcome[], seconds: number): Schedule {
  const { published } = ctx;
  const removed = new Set(outcomes.flatMap((o) => [...o.removed]));
  const frozen = published.runs.filter((r) => !removed.has(r.id));
  const runs = numberDuties(published, [...frozen, ...outcomes.flatMap((o) => o.runs)]);
  const alive = new Set([...frozen.map((r) => r.id), ...outcomes.flatMap((o) => [...o.survivors])]);
  const transfers = [...published.transfers.filter((t) => alive.has(t.fromRunId) && alive.has(t.toRunId)), ...outcomes.flatMap((o) => o.transfers)];
  const assignments = assignmentsAfter(ctx, outcomes, alive);
  const unserved = unservedAfter(ctx, outcomes, new Set(assignments.map(keyOf)));
  const unitKey = (x: { schoolId: string; direction: string }) => `${x.schoolId}|${x.direction}`;
  const repaired = new Map(outcomes.map((o) => [unitKey(o.unit), o.dismissal]));
  const dismissals = [
    ...published.dismissals.filter((d) => !repaired.has(unitKey(d))),
    ...[...repaired.values()].filter((d) => d !== undefined),
  ];
  const used = new Set(runs.map((r) => r.vehicleId));
  const vehicles = ctx.world.records.vehicles.filter((v) => used.has(v.id)).map((v) => ({ id: v.id, kind: v.kind, registrationNo: v.registrationNo, capacity: v.approvedCapacity, depotPlaceId: v.homeDepotPlaceId }));
  const allowed = new Set([...ctx.setup.fleets.values()].flatMap((f) => f.vehicles.map((v) => v.vehicle.id)).filter((id) => id !== ctx.world.vehicleOut?.vehicleId));
  const base = {
    formatVersion: published.formatVersion, countyId: published.countyId, friday: published.friday, request: ctx.world.request,
    vehicles, dismissals, runs, transfers, assignments, unserved, vehiclesNeeded: neededAfter(ctx),
  };
  return canonicalOrder({ ...base, summary: summarise(base, ctx.world.records, allowed.size, seconds) });
}
