import type { Direction, SchoolWindow } from '../../domain/school.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import { weekendSeconds } from '../time/weekend-clock.js';

/** The windows of a school in one direction, preferred first. */
export function windowsOf(records: WeekendRecords, schoolId: string, direction: Direction): SchoolWindow[] {
  return records.schoolWindows.filter((w) => w.schoolId === schoolId && w.direction === direction).sort((a, b) => a.preference - b.preference || a.dayOffset - b.dayOffset);
}

/** The window (preferred first) that holds a slot (weekend seconds), or null. */
export function slotInWindows(records: WeekendRecords, schoolId: string, direction: Direction, slotS: number): SchoolWindow | null {
  return windowsOf(records, schoolId, direction).find((w) => slotS >= weekendSeconds(w.dayOffset, w.earliest) && slotS <= weekendSeconds(w.dayOffset, w.latest)) ?? null;
}

/**
 * Every slot of a school's windows (every `stepS` from each window's start, and its end), nearest to
 * `nearS` first (then preferred window, then earlier): where to move a slot with as little change as possible.
 */
export function slotsNearest(records: WeekendRecords, schoolId: string, direction: Direction, nearS: number, stepS: number): { window: SchoolWindow; slotS: number }[] {
  const out: { window: SchoolWindow; slotS: number }[] = [];
  for (const window of windowsOf(records, schoolId, direction)) {
    const from = weekendSeconds(window.dayOffset, window.earliest);
    const to = weekendSeconds(window.dayOffset, window.latest);
    const seen = new Set<number>();
    for (let s = from; s <= to; s += stepS) seen.add(s);
    seen.add(to);
    for (const slotS of seen) out.push({ window, slotS });
  }
  return out.sort((a, b) => Math.abs(a.slotS - nearS) - Math.abs(b.slotS - nearS) || a.window.preference - b.window.preference || a.slotS - b.slotS);
}
