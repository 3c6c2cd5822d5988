import type { Direction } from '../../domain/school.js';
import type { ScheduleRun, ScheduleTransfer, StudentAssignment } from '../model/schedule-schema.js';
import type { SchoolOption } from '../options/school-option.js';
import type { RouteClient } from '../routes/route-template.js';
import { serviceDateOf } from '../time/weekend-clock.js';
import type { ChosenRun } from './chosen-runs.js';

/** Runs, transfers and student assignments of a direction. */
export interface BuiltRuns {
  readonly runs: ScheduleRun[];
  readonly transfers: ScheduleTransfer[];
  readonly assignments: StudentAssignment[];
}

const clientsOf = (o: SchoolOption, run: number): readonly RouteClient[] => (o.runs[run]!.template.mode === 'bus' ? o.plan.clients : o.plan.boatClients);

/** Run ids: `H-SCH16-03` (home) / `R-…` (return), boats `H-SCH16-B1`, numbered per school in time order. */
function runIds(chosen: readonly ChosenRun[], direction: Direction): Map<ChosenRun, string> {
  const ids = new Map<ChosenRun, string>();
  const counters = new Map<string, number>();
  const start = (c: ChosenRun) => c.option.runs[c.run]!.anchorS + c.option.runs[c.run]!.template.stops[0]!.arriveS;
  for (const c of [...chosen].sort((a, b) => start(a) - start(b) || (a.vehicle.vehicle.id < b.vehicle.vehicle.id ? -1 : 1))) {
    const boat = c.option.runs[c.run]!.template.mode === 'boat';
    const k = `${c.option.school.id}${boat ? 'B' : ''}`;
    const n = (counters.get(k) ?? 0) + 1;
    counters.set(k, n);
    ids.set(c, `${direction === 'home' ? 'H' : 'R'}-${c.option.school.id}-${boat ? `B${n}` : String(n).padStart(2, '0')}`);
  }
  return ids;
}

/** One run: stops in weekend time with the served students' counts, the template's legs. */
function buildRun(c: ChosenRun, id: string, friday: string, served: ReadonlySet<string>, dutyNo: number): ScheduleRun {
  const placed = c.option.runs[c.run]!;
  const clients = clientsOf(c.option, c.run);
  const count = (list: readonly number[]) => list.reduce((s, k) => s + clients[k]!.studentIds.filter((x) => served.has(x)).length, 0);
  const stops = placed.template.stops.map((s) => ({
    placeId: s.placeId, arriveS: placed.anchorS + s.arriveS, departS: placed.anchorS + s.departS, boarding: count(s.boarding), alighting: count(s.alighting),
  }));
  let onBoard = 0;
  let maxLoad = 0;
  for (const s of stops) {
    onBoard += s.boarding - s.alighting;
    maxLoad = Math.max(maxLoad, onBoard);
  }
  return {
    id, schoolId: c.option.school.id, direction: c.option.direction, mode: placed.template.mode, vehicleId: c.vehicle.vehicle.id,
    driverId: c.vehicle.drivers.get(c.option.dayOffset)!.id, dutyNo, seqInDuty: c.seq + 1, serviceDate: serviceDateOf(friday, stops[0]!.arriveS),
    stops, legs: [...placed.template.legs], distanceM: placed.template.distanceM, maxLoad,
  };
}

/** Where a client boards and alights on a run (stop indices). */
function seqOf(c: ChosenRun, client: number): { boardSeq: number; alightSeq: number } {
  const stops = c.option.runs[c.run]!.template.stops;
  return { boardSeq: stops.findIndex((s) => s.boarding.includes(client)), alightSeq: stops.findIndex((s) => s.alighting.includes(client)) };
}

/**
 * Turns the chosen runs of a direction into schedule runs (numbered duties per vehicle and day), the
 * bus ↔ boat transfers and each served student's legs. `served` holds the students who keep their seat.
 */
export function buildRuns(chosen: readonly ChosenRun[], direction: Direction, friday: string, served: ReadonlySet<string>, dutyNos: (c: ChosenRun) => number, minTransferS: number): BuiltRuns {
  const ids = runIds(chosen, direction);
  const kept = chosen.filter((c) => clientsOf(c.option, c.run).some((cl) => cl.studentIds.some((s) => served.has(s))));
  const runs = kept.map((c) => buildRun(c, ids.get(c)!, friday, served, dutyNos(c)));
  const byOptionRun = new Map(kept.map((c) => [`${c.group}:${c.run}`, c]));
  const transfers: ScheduleTransfer[] = [];
  const legs = new Map<string, { runId: string; boardSeq: number; alightSeq: number; boat: boolean }[]>();
  for (const c of kept) {
    const placed = c.option.runs[c.run]!;
    const clients = clientsOf(c.option, c.run);
    for (const k of placed.template.clients) {
      for (const s of clients[k]!.studentIds) if (served.has(s)) legs.set(s, [...(legs.get(s) ?? []), { runId: ids.get(c)!, ...seqOf(c, k), boat: placed.template.mode === 'boat' }]);
    }
    if (placed.connectsWith === null) continue;
    const bus = byOptionRun.get(`${c.group}:${placed.connectsWith}`);
    if (bus === undefined) continue;
    const studentIds = placed.template.clients.flatMap((k) => clients[k]!.studentIds).filter((s) => served.has(s));
    const [from, to] = direction === 'home' ? [ids.get(bus)!, ids.get(c)!] : [ids.get(c)!, ids.get(bus)!];
    if (studentIds.length > 0) transfers.push({ fromRunId: from, toRunId: to, placeId: placed.template.stops[direction === 'home' ? 0 : placed.template.stops.length - 1]!.placeId, minTransferS, studentIds });
  }
  const assignments: StudentAssignment[] = [...legs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([studentId, ls]) => ({
    studentId, direction,
    legs: [...ls].sort((a, b) => Number(a.boat === (direction === 'home')) - Number(b.boat === (direction === 'home'))).map(({ runId, boardSeq, alightSeq }) => ({ runId, boardSeq, alightSeq })),
  }));
  return { runs, transfers, assignments };
}
