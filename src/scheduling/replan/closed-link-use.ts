import { closureCovers } from '../../network/query-interval.js';
import type { Schedule, ScheduleRun } from '../model/schedule-schema.js';
import type { ValidationContext } from '../validate/validation-context.js';

/** A closed road segment or boat leg and when (ISO instants, null = open-ended). */
export interface ClosedLinkWindow {
  readonly id: string;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Whether a run drives over a closed link while it is closed: each leg is expanded into its path under
 * the conditions the run was planned for (the published request in `planned`), as the validator times
 * it (loaded, empty or boat; low-grade roads avoided with students on board at night), and the leg
 * counts when its path holds the link and the closure covers any moment of the leg.
 */
export function usesClosedLink(planned: ValidationContext, run: ScheduleRun, link: ClosedLinkWindow): boolean {
  let onBoard = 0;
  for (let k = 0; k < run.legs.length; k++) {
    const from = run.stops[k]!;
    const to = run.stops[k + 1]!;
    onBoard += from.boarding - from.alighting;
    if (from.placeId === to.placeId) continue;
    if (!closureCovers(link.from, link.to, { fromMs: planned.epochMs(from.departS), toMs: planned.epochMs(to.arriveS) })) continue;
    const loaded = run.mode === 'bus' && onBoard > 0;
    const night = loaded && planned.night(from.departS, to.arriveS);
    const m = planned.matrix(run.mode === 'boat' ? 'boat' : loaded ? 'loaded' : 'empty', from.departS, to.arriveS, night);
    const path = m.path(m.indexOf(from.placeId), m.indexOf(to.placeId));
    if (path === null || path.segmentIds.includes(link.id)) return true;
  }
  return false;
}

/** Ids of the runs of a schedule that use the link while it is closed. */
export function runsUsingLink(planned: ValidationContext, schedule: Schedule, link: ClosedLinkWindow): string[] {
  return schedule.runs.filter((r) => usesClosedLink(planned, r, link)).map((r) => r.id);
}
