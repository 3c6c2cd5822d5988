import type { Direction } from '../../domain/school.js';
import type { UnservedStudent } from '../model/schedule-schema.js';
import type { LostGroup } from '../routes/plan-settings.js';

/**
 * One row per unserved student and direction (the first reason found wins; ids sorted). `schoolOf`
 * names each student's school.
 */
export function unservedList(lost: readonly LostGroup[], direction: Direction, schoolOf: (studentId: string) => string): UnservedStudent[] {
  const seen = new Map<string, UnservedStudent>();
  for (const g of lost) {
    for (const studentId of g.studentIds) {
      if (seen.has(studentId)) continue;
      seen.set(studentId, { studentId, schoolId: schoolOf(studentId), direction, reasonCode: g.reason, reason: g.text, placeId: g.placeId });
    }
  }
  return [...seen.values()].sort((a, b) => (a.studentId < b.studentId ? -1 : 1));
}
