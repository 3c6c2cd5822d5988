import type { ReplanResult } from '../../src/scheduling/replan/replan.js';
import { describeEvent } from '../../src/scheduling/replan/replan-event.js';

/** One benchmark row: a single event re-planned, or the average of a kind. */
export interface ReplanRow {
  readonly row: 'event' | 'average';
  readonly kind: string;
  readonly event: string;
  readonly runsTotal: number;
  readonly runsUnchanged: number;
  readonly shareUnchanged: number;
  readonly studentsAffected: number;
  readonly unserved: number;
  readonly seconds: number;
  /** Share of drafts passing `validateSchedule` (1 or 0 for one event). */
  readonly valid: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The row of one re-plan. */
export function rowOf(kind: string, r: ReplanResult, seconds: number): ReplanRow {
  return {
    row: 'event', kind, event: describeEvent(r.event), runsTotal: r.runsTotal, runsUnchanged: r.runsUnchanged, shareUnchanged: round(r.runsUnchanged / Math.max(1, r.runsTotal), 3),
    studentsAffected: r.changes.studentsAffected, unserved: r.unserved.length, seconds: round(seconds, 2), valid: r.violations.length === 0 ? 1 : 0,
  };
}

/** Averages per kind, in the order given. */
export function averages(rows: readonly ReplanRow[], kinds: readonly string[]): ReplanRow[] {
  return kinds.flatMap((kind) => {
    const list = rows.filter((r) => r.kind === kind);
    if (list.length === 0) return [];
    const mean = (f: (r: ReplanRow) => number, digits: number) => round(list.reduce((s, r) => s + f(r), 0) / list.length, digits);
    return [{
      row: 'average' as const, kind, event: `${list.length} events (max ${Math.max(...list.map((r) => r.seconds))} s)`, runsTotal: mean((r) => r.runsTotal, 1), runsUnchanged: mean((r) => r.runsUnchanged, 1),
      shareUnchanged: mean((r) => r.shareUnchanged, 3), studentsAffected: mean((r) => r.studentsAffected, 1), unserved: mean((r) => r.unserved, 1), seconds: mean((r) => r.seconds, 2), valid: mean((r) => r.valid, 2),
    }];
  });
}
