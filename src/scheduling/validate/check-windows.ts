import { clockToSeconds } from '../../domain/calendar.js';
import type { ValidationContext } from './validation-context.js';
import type { Violation } from './violation.js';

const DAY_S = 86_400;

/**
 * Dismissal and arrival times: each school's chosen slot lies in one of its windows for that direction
 * (day and clock); home bus runs leave the gate no earlier than the dismissal, return bus runs reach
 * the gate no later than the arrival slot.
 */
export function checkWindows(ctx: ValidationContext, out: Violation[]): void {
  const slots = new Map(ctx.schedule.dismissals.map((d) => [`${d.schoolId}|${d.direction}`, d]));
  for (const d of ctx.schedule.dismissals) {
    const windows = ctx.records.schoolWindows.filter((w) => w.schoolId === d.schoolId && w.direction === d.direction);
    const inside = windows.some((w) => {
      const from = w.dayOffset * DAY_S + clockToSeconds(w.earliest);
      return d.slotS >= from && d.slotS <= w.dayOffset * DAY_S + clockToSeconds(w.latest);
    });
    if (!inside) out.push({ code: 'window', message: `${d.schoolId} (${d.direction}): slot ${d.serviceDate} ${d.slotTime} is in none of its windows`, schoolId: d.schoolId });
  }
  for (const run of ctx.schedule.runs) {
    if (run.mode !== 'bus') continue;
    const slot = slots.get(`${run.schoolId}|${run.direction}`);
    const gate = ctx.schools.get(run.schoolId)?.gatePlaceId;
    if (slot === undefined) {
      out.push({ code: 'window', message: `${run.id}: ${run.schoolId} has no ${run.direction} slot`, runId: run.id, schoolId: run.schoolId });
      continue;
    }
    const first = run.stops[0]!;
    const last = run.stops[run.stops.length - 1]!;
    if (run.direction === 'home' && first.placeId === gate && first.arriveS < slot.slotS) {
      out.push({ code: 'before_dismissal', message: `${run.id} boards at the gate ${slot.slotS - first.arriveS} s before the dismissal`, runId: run.id, schoolId: run.schoolId });
    }
    if (run.direction === 'return' && last.placeId === gate && last.arriveS > slot.slotS) {
      out.push({ code: 'after_deadline', message: `${run.id} reaches the gate ${last.arriveS - slot.slotS} s after the deadline`, runId: run.id, schoolId: run.schoolId });
    }
  }
}
