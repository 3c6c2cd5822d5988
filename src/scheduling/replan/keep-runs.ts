import type { ScheduleRun } from '../model/schedule-schema.js';
import { slotState } from '../options/slot-states.js';
import type { RouteClient } from '../routes/route-template.js';
import { timeRoute } from '../routes/time-route.js';
import { dayOffsetOf, serviceDateOf } from '../time/weekend-clock.js';
import { checkLegs } from '../validate/check-runs.js';
import type { Violation } from '../validate/violation.js';
import type { ReplanContext } from './replan-context.js';

/** Whether a run holds as it is under the new conditions: every leg reachable, no faster than lawful, within the caps. */
function legsHold(ctx: ReplanContext, run: ScheduleRun): boolean {
  const out: Violation[] = [];
  checkLegs(ctx.checker, run, out);
  return out.length === 0;
}

/** The run unchanged when its legs still hold (it may only need another vehicle), else null. */
export function keptAsIs(ctx: ReplanContext, run: ScheduleRun): ScheduleRun | null {
  const reasons = ctx.broken.get(run.id) ?? [];
  return !reasons.includes('window') && legsHold(ctx, run) ? run : null;
}

/** Students per non-terminal stop of a plain bus run, from the published assignments (stop order). */
function stopClients(ctx: ReplanContext, run: ScheduleRun, maxRideS: number): RouteClient[] | null {
  const home = run.direction === 'home';
  const students = ctx.assignmentsByRun.get(run.id) ?? [];
  const visits = home ? run.stops.slice(1) : run.stops.slice(0, -1);
  const clients = visits.map((s, k) => {
    const seq = home ? k + 1 : k;
    const ids = students.filter((a) => a.legs.some((l) => l.runId === run.id && (home ? l.alightSeq : l.boardSeq) === seq)).map((a) => a.studentId).sort();
    return { placeId: s.placeId, studentIds: ids, maxRideS, boatRoute: null };
  });
  return clients.some((c) => c.studentIds.length === 0) ? null : clients;
}

/**
 * The same bus run (same stops in the same order, same students, same vehicle wanted) timed again under
 * the new conditions from the slot `slotS` (home: boarding at the gate from the dismissal; return:
 * arrival at the gate by the deadline), or null when a stop is cut off, a ride gets too long, or a leg
 * breaks a rule. Runs with a bus ↔ boat transfer are never re-timed alone.
 */
export function retimed(ctx: ReplanContext, run: ScheduleRun, slotS: number): ScheduleRun | null {
  if (run.mode !== 'bus' || (ctx.transfersByRun.get(run.id) ?? []).length > 0) return null;
  const params = ctx.world.request.params;
  const maxRideS = params.maxRideMin * 60;
  const clients = stopClients(ctx, run, maxRideS);
  if (clients === null) return null;
  const home = run.direction === 'home';
  const terminal = run.stops[home ? 0 : run.stops.length - 1]!.placeId;
  const m = ctx.setup.travel.matrix(slotState(ctx.setup.travel, { direction: run.direction, dayOffset: dayOffsetOf(slotS) }, slotS, params), 'loaded');
  const way = run.stops.map((s) => m.indexOf(s.placeId));
  for (let k = 1; k < way.length; k++) if (way[k] !== way[k - 1] && m.durationS[way[k - 1]! * m.size + way[k]!]! < 0) return null;
  const t = timeRoute(m, run.direction, 'bus', terminal, clients.map((_, k) => k), clients, params);
  if (t.stops.length !== run.stops.length || [...t.rideS.values()].some((r) => r > maxRideS)) return null;
  const stops = t.stops.map((s, k) => ({ ...run.stops[k]!, arriveS: slotS + s.arriveS, departS: slotS + s.departS }));
  const out: ScheduleRun = { ...run, stops, legs: [...t.legs], distanceM: t.distanceM, serviceDate: serviceDateOf(ctx.published.friday, stops[0]!.arriveS) };
  return legsHold(ctx, out) ? out : null;
}

/** The run moved in time by `deltaS` as a whole (legs unchanged), or null when a leg breaks a rule then. */
export function shifted(ctx: ReplanContext, run: ScheduleRun, deltaS: number): ScheduleRun | null {
  const stops = run.stops.map((s) => ({ ...s, arriveS: s.arriveS + deltaS, departS: s.departS + deltaS }));
  const out: ScheduleRun = { ...run, stops, serviceDate: serviceDateOf(ctx.published.friday, stops[0]!.arriveS) };
  return legsHold(ctx, out) ? out : null;
}
