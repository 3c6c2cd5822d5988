import type { SchoolDemand } from '../demand/school-demand.js';
import type { TravelState } from '../inputs/travel-states.js';
import type { PlanSettings } from './plan-settings.js';
import { buildRoutePlan, type RoutePlan } from './route-plan.js';

/** One plan to build: a school-direction and a conditions state. */
export interface PlanRequest {
  readonly demand: SchoolDemand;
  readonly state: TravelState;
}

/** Key of a plan: school, direction and state. */
export const planKey = (demand: SchoolDemand, state: TravelState): string => `${demand.school.id}|${demand.direction}|${state.key}`;

/**
 * Builds every plan, sharing the routing budget `totalS` among them in proportion to their number of
 * stops (at least 0.15 s each), and reports progress after each.
 */
export function buildPlans(requests: readonly PlanRequest[], settings: Omit<PlanSettings, 'timeLimitS'>, totalS: number, onDone?: (done: number, total: number) => void): Map<string, RoutePlan> {
  const weight = (r: PlanRequest) => 1 + r.demand.road.length + r.demand.water.length;
  const sum = requests.reduce((s, r) => s + weight(r), 0);
  const plans = new Map<string, RoutePlan>();
  requests.forEach((r, k) => {
    const timeLimitS = Math.max(0.15, (totalS * weight(r)) / Math.max(1, sum));
    plans.set(planKey(r.demand, r.state), buildRoutePlan(r.demand, r.state, { ...settings, timeLimitS, seed: settings.seed + k }));
    onDone?.(k + 1, requests.length);
  });
  return plans;
}
