import type { School } from '../../domain/school.js';
import type { Schedule } from '../../scheduling/model/schedule-schema.js';
import { dayClockLabel } from '../../scheduling/time/weekend-clock.js';
import { formatTable } from '../output/text-table.js';

const minutes = (s: number) => Math.ceil(s / 60);

/** Longest journey per school and direction, seconds. */
function longestBySchool(s: Schedule): Map<string, number> {
  const runs = new Map(s.runs.map((r) => [r.id, r]));
  const out = new Map<string, number>();
  for (const a of s.assignments) {
    const first = a.legs[0]!;
    const last = a.legs[a.legs.length - 1]!;
    const r0 = runs.get(first.runId);
    const r1 = runs.get(last.runId);
    if (r0 === undefined || r1 === undefined) continue;
    const ride = r1.stops[last.alightSeq]!.arriveS - r0.stops[first.boardSeq]!.departS;
    const k = `${r0.schoolId}|${a.direction}`;
    out.set(k, Math.max(out.get(k) ?? 0, ride));
  }
  return out;
}

/**
 * The schedule summary for a terminal: totals (students, vehicles, km, longest ride, solve time), one row
 * per school with its Friday dismissal and Sunday arrival slots, runs and longest ride, unserved
 * students by reason and the vehicles that would serve everyone.
 */
export function formatScheduleSummary(s: Schedule, schools: readonly School[]): string {
  const m = s.summary;
  const totals = formatTable(['figure', 'value'], [
    ['students needing a ride', m.studentsNeedingRide],
    ['served home (Friday/Saturday)', m.servedHome],
    ['served return (Sunday)', m.servedReturn],
    ['vehicles available', m.vehiclesAvailable],
    ['vehicles used', m.vehiclesUsed],
    ['runs', m.runs],
    ['loaded km', m.loadedKm],
    ['longest ride (min)', minutes(m.longestRideS)],
    ['solve time (s)', m.solveSeconds],
  ]);
  const slot = new Map(s.dismissals.map((d) => [`${d.schoolId}|${d.direction}`, dayClockLabel(d.slotS) + (d.preference > 1 ? '*' : '')]));
  const longest = longestBySchool(s);
  const rows = [...new Set(s.dismissals.map((d) => d.schoolId))].sort().map((id) => {
    const runs = (d: string) => s.runs.filter((r) => r.schoolId === id && r.direction === d).length;
    const unserved = s.unserved.filter((u) => u.schoolId === id).length;
    return [
      id, schools.find((x) => x.id === id)?.nameZh ?? '', slot.get(`${id}|home`) ?? '-', runs('home'), minutes(longest.get(`${id}|home`) ?? 0),
      slot.get(`${id}|return`) ?? '-', runs('return'), minutes(longest.get(`${id}|return`) ?? 0), unserved,
    ];
  });
  const perSchool = formatTable(['school', 'name', 'dismissal', 'runs', 'max min', 'arrive by', 'runs', 'max min', 'unserved'], rows);
  const reasons = new Map<string, number>();
  for (const u of s.unserved) reasons.set(`${u.direction} ${u.reasonCode}`, (reasons.get(`${u.direction} ${u.reasonCode}`) ?? 0) + 1);
  const parts = [totals, '', perSchool, '(* = a window of lower preference, e.g. a second day)'];
  if (reasons.size > 0) parts.push('', formatTable(['unserved (direction, reason)', 'students'], [...reasons].sort().map(([k, n]) => [k, n])));
  if (s.vehiclesNeeded.length > 0) parts.push('', formatTable(['more vehicles to serve everyone', 'seats', 'count'], s.vehiclesNeeded.map((v) => [v.kind, v.capacity, v.count])));
  return parts.join('\n');
}
