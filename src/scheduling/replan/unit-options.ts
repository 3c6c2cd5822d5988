import type { SchoolWindow } from '../../domain/school.js';
import type { SchoolDemand, StudentGroup } from '../demand/school-demand.js';
import type { TravelState } from '../inputs/travel-states.js';
import type { SchoolOption } from '../options/school-option.js';
import { schoolOptions } from '../options/school-options.js';
import { candidateSlots, slotState, type CandidateSlot } from '../options/slot-states.js';
import { waveSettings } from '../options/wave-settings.js';
import type { PlanSettings } from '../routes/plan-settings.js';
import { buildRoutePlan, type RoutePlan } from '../routes/route-plan.js';
import type { ReplanContext, ReplanUnit } from './replan-context.js';
import { windowsOf } from './unit-slots.js';

/** Routing time per plan, seconds: a share of what is left before the deadline, within [0.1, 0.4]. */
function planLimitS(ctx: ReplanContext, plansLeft: number): number {
  return Math.min(0.4, Math.max(0.1, (ctx.deadline - Date.now()) / 1000 / Math.max(1, plansLeft) / 2));
}

function planSettings(ctx: ReplanContext, timeLimitS: number): PlanSettings {
  const { setup } = ctx;
  const p = ctx.world.request.params;
  return {
    travel: setup.travel, busFleet: setup.busClasses, boatFleet: setup.boatClasses, pierIds: setup.pierIds, maxRideS: p.maxRideMin * 60,
    transferS: p.transferMin * 60, dwell: p, timeLimitS, seed: p.seed,
  };
}

/** The demand of some students of a unit (e.g. those of the runs that could not be kept), grouped by home place. */
export function subDemand(ctx: ReplanContext, unit: ReplanUnit, studentIds: readonly string[]): SchoolDemand | undefined {
  const full = ctx.setup.demands.find((d) => d.school.id === unit.schoolId && d.direction === unit.direction);
  if (full === undefined) return undefined;
  const wanted = new Set(studentIds);
  const keep = (groups: readonly StudentGroup[]) => groups.map((g) => ({ placeId: g.placeId, studentIds: g.studentIds.filter((s) => wanted.has(s)) })).filter((g) => g.studentIds.length > 0);
  return { school: full.school, direction: full.direction, road: keep(full.road), water: keep(full.water) };
}

/** The whole demand of a unit under the new records. */
export function unitDemand(ctx: ReplanContext, unit: ReplanUnit): SchoolDemand | undefined {
  return ctx.setup.demands.find((d) => d.school.id === unit.schoolId && d.direction === unit.direction);
}

/** Options of a demand at one slot of a window (every routing alternative), routed under the slot's conditions. */
export function optionsAtSlot(ctx: ReplanContext, demand: SchoolDemand, window: SchoolWindow, slotS: number): SchoolOption[] {
  const state = slotState(ctx.setup.travel, window, slotS, ctx.world.request.params);
  const plan = buildRoutePlan(demand, state, planSettings(ctx, planLimitS(ctx, 1)));
  return schoolOptions(demand, [{ window, slotS, state }], () => plan, waveSettings(ctx.setup));
}

/**
 * Every option of a unit's whole demand: each slot of its windows (new records) × routing alternative,
 * nearest slot to the published one first. Plans are built per conditions state while time is left;
 * slots whose state could not be routed in time are left out.
 */
export function allOptions(ctx: ReplanContext, unit: ReplanUnit, demand: SchoolDemand): SchoolOption[] {
  const slots = candidateSlots(windowsOf(ctx.world.records, unit.schoolId, unit.direction), ctx.setup.travel, ctx.world.request.params);
  const near = unit.dismissal?.slotS ?? 0;
  slots.sort((a, b) => Math.abs(a.slotS - near) - Math.abs(b.slotS - near) || a.window.preference - b.window.preference || a.slotS - b.slotS);
  const states = [...new Map(slots.map((s) => [s.state.key, s.state])).values()];
  const plans = new Map<string, RoutePlan>();
  states.forEach((state: TravelState, k) => {
    if (k > 0 && Date.now() >= ctx.deadline) return;
    plans.set(state.key, buildRoutePlan(demand, state, planSettings(ctx, planLimitS(ctx, states.length - k))));
  });
  const routed: CandidateSlot[] = slots.filter((s) => plans.has(s.state.key));
  return schoolOptions(demand, routed, (state) => plans.get(state.key)!, waveSettings(ctx.setup));
}
