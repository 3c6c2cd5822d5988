import type { Schedule, ScheduleSummary } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';

/** Longest journey of any student (first boarding to last alighting), seconds. */
export function longestRideS(s: Pick<Schedule, 'runs' | 'assignments'>): number {
  const runs = new Map(s.runs.map((r) => [r.id, r]));
  let longest = 0;
  for (const a of s.assignments) {
    const first = a.legs[0]!;
    const last = a.legs[a.legs.length - 1]!;
    const start = runs.get(first.runId)?.stops[first.boardSeq]?.departS;
    const end = runs.get(last.runId)?.stops[last.alightSeq]?.arriveS;
    if (start !== undefined && end !== undefined) longest = Math.max(longest, end - start);
  }
  return longest;
}

/** The summary figures of a schedule. */
export function summarise(s: Omit<Schedule, 'summary'>, records: WeekendRecords, vehiclesAvailable: number, solveSeconds: number): ScheduleSummary {
  const served = (d: 'home' | 'return') => s.assignments.filter((a) => a.direction === d).length;
  const loadedM = s.runs.reduce((t, r) => t + r.distanceM, 0);
  return {
    studentsNeedingRide: records.students.filter((x) => x.needsRide).length,
    servedHome: served('home'),
    servedReturn: served('return'),
    vehiclesAvailable,
    vehiclesUsed: new Set(s.runs.map((r) => r.vehicleId)).size,
    runs: s.runs.length,
    totalKm: Math.round(loadedM / 100) / 10,
    loadedKm: Math.round(loadedM / 100) / 10,
    longestRideS: longestRideS(s),
    solveSeconds: Math.round(solveSeconds * 10) / 10,
  };
}
