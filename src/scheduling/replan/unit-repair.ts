import type { ScheduleRun } from '../model/schedule-schema.js';
import { clockOf, serviceDateOf } from '../time/weekend-clock.js';
import type { Placement, RunToPlace } from './duty-board.js';
import { keptAsIs, retimed, shifted } from './keep-runs.js';
import { linkedSets, optionProposal, type KeptPart } from './option-proposal.js';
import { outcomeOf, type Proposal, type UnitOutcome } from './proposal.js';
import type { ReplanContext, ReplanUnit } from './replan-context.js';
import { allOptions, optionsAtSlot, subDemand, unitDemand } from './unit-options.js';
import { slotInWindows, slotsNearest } from './unit-slots.js';

/** At most this many slots of a changed window are tried for moving a school's runs as they are. */
const MAX_MOVES = 16;

interface Tried {
  readonly outcome: UnitOutcome;
  readonly placement: Placement;
  readonly rank: number;
  readonly costKm: number;
}

const TIER_RANK = { kept: 0, retimed: 1, moved: 2, rerouted: 3, replanned: 4 } as const;

function tryProposal(ctx: ReplanContext, unit: ReplanUnit, p: Proposal): Tried {
  const placement = ctx.board.place(p.runs, p.removed, p.linked);
  return { outcome: outcomeOf(ctx, unit, p, placement), placement, rank: TIER_RANK[p.tier], costKm: p.costKm + placement.activated * 10 };
}

/**
 * Better = fewer students losing the ride they had, then more students served (a re-plan may also serve
 * some who had none), then a smaller change (tier), then fewer vehicles called in and a lower cost.
 */
function better(a: Tried, b: Tried | undefined): boolean {
  if (b === undefined) return true;
  const key = (t: Tried) => [t.outcome.dropped, -t.outcome.served, t.rank, t.costKm];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

/** Tier kept/retimed: each broken run as it is (another vehicle) or re-timed; those that cannot be, with their partners, fail. */
function keepPart(ctx: ReplanContext, unit: ReplanUnit, slotS: number): { part: KeptPart; failed: Set<string>; retimedAny: boolean } {
  const failed = new Set<string>();
  const fixed = new Map<string, ScheduleRun>();
  for (const r of unit.broken) {
    const run = keptAsIs(ctx, r) ?? retimed(ctx, r, slotS);
    if (run === null) failed.add(r.id);
    else fixed.set(r.id, run);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of [...failed]) for (const t of ctx.transfersByRun.get(id) ?? []) for (const other of [t.fromRunId, t.toRunId]) if (!failed.has(other) && fixed.has(other)) {
      failed.add(other);
      fixed.delete(other);
      grew = true;
    }
  }
  const runs: RunToPlace[] = [...fixed.values()].map((run) => ({ run, preferredVehicleId: ctx.runById.get(run.id)!.vehicleId }));
  const retimedAny = [...fixed].some(([id, run]) => run !== ctx.runById.get(id));
  const transfers = [...new Set(runs.flatMap((r) => ctx.transfersByRun.get(r.run.id) ?? []))];
  return { part: { runs, linked: linkedSets(runs.map((r) => r.run), transfers) }, failed, retimedAny };
}

const keptProposal = (unit: ReplanUnit, part: KeptPart, tier: 'kept' | 'retimed' | 'moved', dismissal = unit.dismissal): Proposal => ({
  tier, dismissal, removed: new Set((tier === 'moved' ? unit.runs : unit.broken).map((r) => r.id)), runs: part.runs, linked: part.linked,
  transfers: [], assignments: [], lost: [], replacesUnserved: false, costKm: 0,
});

/** Every run of the unit moved to `slotS` as it is (re-timed, or shifted whole when it has a transfer), or null. */
function movedPart(ctx: ReplanContext, unit: ReplanUnit, slotS: number): KeptPart | null {
  const delta = slotS - (unit.dismissal?.slotS ?? slotS);
  const runs: RunToPlace[] = [];
  for (const r of unit.runs) {
    const run = retimed(ctx, r, slotS) ?? shifted(ctx, r, delta);
    if (run === null) return null;
    runs.push({ run, preferredVehicleId: r.vehicleId });
  }
  const transfers = [...new Set(unit.runs.flatMap((r) => ctx.transfersByRun.get(r.id) ?? []))];
  return { runs, linked: linkedSets(runs.map((r) => r.run), transfers) };
}

/**
 * Repairs one school and direction with as little change as it takes, and puts the result on the duty
 * board: (1) the broken runs kept as they are on another vehicle, or re-timed with the same stops; (2)
 * the students of the runs that could not be kept routed again at the same slot (routing engine,
 * every alternative); when the slot left the school's window, (1') all its runs moved to the nearest
 * slot of the new window; (3) only when that still loses students, the whole direction planned again
 * (every slot and alternative), kept only if it serves more. Never throws: what no tier can serve is
 * unserved with the reason.
 */
export function repairUnit(ctx: ReplanContext, unit: ReplanUnit): UnitOutcome {
  let best: Tried | undefined;
  // Done when nobody who had a ride loses it.
  const consider = (t: Tried) => {
    if (better(t, best)) best = t;
    return t.outcome.dropped === 0;
  };
  const window = unit.dismissal === undefined ? null : slotInWindows(ctx.world.records, unit.schoolId, unit.direction, unit.dismissal.slotS);
  if (window !== null && unit.dismissal !== undefined) {
    const { part, failed, retimedAny } = keepPart(ctx, unit, unit.dismissal.slotS);
    const first = tryProposal(ctx, unit, keptProposal(unit, part, retimedAny ? 'retimed' : 'kept'));
    if (failed.size === 0 && first.placement.unplaced.length === 0) return commit(first);
    // Runs kept in (1) but left without a vehicle are routed again too.
    const unplaced = new Set(first.placement.unplaced.map((u) => part.runs[u.index]!.run.id));
    const keep = part.runs.filter((r) => !unplaced.has(r.run.id));
    const keepIds = new Set(keep.map((r) => r.run.id));
    const students = unit.broken.filter((r) => !keepIds.has(r.id)).flatMap((r) => (ctx.assignmentsByRun.get(r.id) ?? []).map((a) => a.studentId));
    const demand = subDemand(ctx, unit, [...new Set(students)]);
    const kept: KeptPart = { runs: keep, linked: linkedSets(keep.map((r) => r.run), [...new Set(keep.flatMap((r) => ctx.transfersByRun.get(r.run.id) ?? []))]) };
    if (demand !== undefined) {
      const removed = new Set(unit.broken.map((r) => r.id));
      let done = false;
      for (const o of optionsAtSlot(ctx, demand, window, unit.dismissal.slotS)) done = consider(tryProposal(ctx, unit, optionProposal(ctx, unit, o, kept, removed, 'rerouted'))) || done;
      if (done) return commit(best!);
    }
  } else {
    for (const { window: w, slotS } of slotsNearest(ctx.world.records, unit.schoolId, unit.direction, unit.dismissal?.slotS ?? 0, ctx.world.request.params.slotStepMin * 60).slice(0, MAX_MOVES)) {
      const part = movedPart(ctx, unit, slotS);
      if (part === null) continue;
      const dismissal = { schoolId: unit.schoolId, direction: unit.direction, serviceDate: serviceDateOf(ctx.published.friday, slotS), slotS, slotTime: clockOf(slotS), preference: w.preference };
      if (consider(tryProposal(ctx, unit, keptProposal(unit, part, 'moved', dismissal)))) return commit(best!);
    }
  }
  const demand = unitDemand(ctx, unit);
  if (demand !== undefined && (best === undefined || Date.now() < ctx.deadline)) {
    const all = new Set(unit.runs.map((r) => r.id));
    for (const o of allOptions(ctx, unit, demand)) consider(tryProposal(ctx, unit, optionProposal(ctx, unit, o, { runs: [], linked: [] }, all, 'replanned')));
  }
  return commit(best ?? tryProposal(ctx, unit, nothingWorks(ctx, unit, window === null)));
}

/** The last resort: the broken runs go, their students are unserved with the reason. */
function nothingWorks(ctx: ReplanContext, unit: ReplanUnit, noWindow: boolean): Proposal {
  const lost = unit.broken.flatMap((r) => (ctx.assignmentsByRun.get(r.id) ?? []).map((a) => ({
    studentIds: [a.studentId], placeId: ctx.studentById.get(a.studentId)?.homePlaceId ?? r.stops[0]!.placeId,
    reason: noWindow ? ('no_window' as const) : ('no_vehicle' as const),
    text: noWindow ? `no slot of ${unit.schoolId}'s new ${unit.direction} window can be served` : `no vehicle left for ${r.id} after the event`,
  })));
  return { ...keptProposal(unit, { runs: [], linked: [] }, 'kept'), lost, dismissal: noWindow ? undefined : unit.dismissal };
}

function commit(t: Tried): UnitOutcome {
  t.placement.commit();
  return t.outcome;
}
