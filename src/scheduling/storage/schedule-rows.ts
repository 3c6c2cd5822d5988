import type { ScheduleRows, StoredScheduleRows } from '../../db/repositories/schedule.repository.js';
import type { Vehicle } from '../../domain/fleet.js';
import type { Direction } from '../../domain/school.js';
import { canonicalOrder } from '../model/canonical-order.js';
import { Schedule, type ScheduleSummary, type VehiclesNeeded } from '../model/schedule-schema.js';
import type { Violation } from '../validate/violation.js';
import { clockOf, epochMsOf, weekendSecondsOfEpoch } from '../time/weekend-clock.js';

/**
 * What `schedule.summary` holds: the summary figures, plus the parts of the schedule that have no column
 * of their own (vehicles needed, window preference of each slot, low-grade flags of legs, the place of
 * each unserved student's school and place), so that a stored version loads back exactly.
 */
interface StoredSummary extends ScheduleSummary {
  readonly vehiclesNeeded: readonly VehiclesNeeded[];
  readonly preferences: Readonly<Record<string, number>>;
  readonly lowGradeLegs: readonly string[];
  /** `studentId|direction` → [school id, place id or null]. */
  readonly unservedInfo: Readonly<Record<string, readonly [string, string | null]>>;
}

/** What a stored version is besides its content. */
export interface VersionInfo {
  readonly id: string;
  readonly version: number;
  readonly createdBy: string;
  readonly basedOnId: string | null;
  readonly validation: readonly Violation[];
}

/** Rows of a schedule version; run ids are prefixed with the version id (they are unique across versions). */
export function scheduleToRows(s: Schedule, v: VersionInfo): ScheduleRows {
  const at = (weekendS: number) => new Date(epochMsOf(s.friday, weekendS));
  const rid = (runId: string) => `${v.id}:${runId}`;
  const summary: StoredSummary = {
    ...s.summary,
    vehiclesNeeded: s.vehiclesNeeded,
    preferences: Object.fromEntries(s.dismissals.map((d) => [`${d.schoolId}|${d.direction}`, d.preference])),
    lowGradeLegs: s.runs.flatMap((r) => r.legs.flatMap((l, k) => (l.usesLowGrade ? [`${r.id}#${k}`] : []))),
    unservedInfo: Object.fromEntries(s.unserved.map((u) => [`${u.studentId}|${u.direction}`, [u.schoolId, u.placeId] as const])),
  };
  return {
    schedule: {
      id: v.id, county_id: s.countyId, friday: s.friday, version: v.version, status: 'draft', based_on_id: v.basedOnId,
      conditions: JSON.stringify(s.request.conditions), params: JSON.stringify(s.request.params), summary: JSON.stringify(summary),
      validation: JSON.stringify(v.validation), created_by: v.createdBy,
    },
    slots: s.dismissals.map((d) => ({ schedule_id: v.id, school_id: d.schoolId, direction: d.direction, service_date: d.serviceDate, slot_time: d.slotTime })),
    runs: s.runs.map((r) => {
      const first = r.stops[0]!;
      const last = r.stops[r.stops.length - 1]!;
      return {
        id: rid(r.id), schedule_id: v.id, county_id: s.countyId, school_id: r.schoolId, direction: r.direction, mode: r.mode, vehicle_id: r.vehicleId,
        driver_id: r.driverId, duty_no: r.dutyNo, seq_in_duty: r.seqInDuty, service_date: r.serviceDate, departs_at: at(first.departS), arrives_at: at(last.arriveS),
        distance_m: r.distanceM, duration_s: last.arriveS - first.departS, max_load: r.maxLoad,
      };
    }),
    stops: s.runs.flatMap((r) => r.stops.map((st, k) => {
      const leg = k === 0 ? undefined : r.legs[k - 1];
      return {
        run_id: rid(r.id), seq: k, place_id: st.placeId, arrive_at: at(st.arriveS), depart_at: at(st.departS), boarding: st.boarding, alighting: st.alighting,
        leg_distance_m: leg?.distanceM ?? 0, leg_duration_s: leg?.durationS ?? 0, leg_min_speed_kmh: leg?.lowestSpeedCapKmh ?? null,
      };
    })),
    transfers: s.transfers.map((t) => ({ schedule_id: v.id, from_run_id: rid(t.fromRunId), to_run_id: rid(t.toRunId), place_id: t.placeId, min_transfer_s: t.minTransferS })),
    assignments: s.assignments.flatMap((a) => a.legs.map((l, k) => ({
      schedule_id: v.id, student_id: a.studentId, direction: a.direction, leg_no: k + 1, run_id: rid(l.runId), board_seq: l.boardSeq, alight_seq: l.alightSeq,
    }))),
    unserved: s.unserved.map((u) => ({ schedule_id: v.id, student_id: u.studentId, direction: u.direction, reason_code: u.reasonCode, reason: u.reason })),
  };
}

/** A stored version back as a schedule (validated by the zod schema); `vehicles` describes the fleet. */
export function rowsToSchedule(rows: StoredScheduleRows, vehicles: readonly Vehicle[]): Schedule {
  const h = rows.schedule;
  const friday = h.friday;
  const ws = (d: Date) => weekendSecondsOfEpoch(friday, d.getTime());
  const strip = (runId: string) => runId.slice(h.id.length + 1);
  const summary = h.summary as StoredSummary;
  const lowGrade = new Set(summary.lowGradeLegs);
  const stopsOf = new Map<string, StoredScheduleRows['stops'][number][]>();
  for (const st of rows.stops) stopsOf.set(st.run_id, [...(stopsOf.get(st.run_id) ?? []), st]);
  const runs = rows.runs.map((r) => {
    const stops = (stopsOf.get(r.id) ?? []).sort((a, b) => a.seq - b.seq);
    return {
      id: strip(r.id), schoolId: r.school_id, direction: r.direction as Direction, mode: r.mode as 'bus' | 'boat', vehicleId: r.vehicle_id, driverId: r.driver_id ?? '',
      dutyNo: r.duty_no, seqInDuty: r.seq_in_duty, serviceDate: r.service_date,
      stops: stops.map((st) => ({ placeId: st.place_id, arriveS: ws(st.arrive_at), departS: ws(st.depart_at), boarding: st.boarding, alighting: st.alighting })),
      legs: stops.slice(1).map((st, k) => ({ distanceM: st.leg_distance_m, durationS: st.leg_duration_s, lowestSpeedCapKmh: st.leg_min_speed_kmh, usesLowGrade: lowGrade.has(`${strip(r.id)}#${k}`) })),
      distanceM: r.distance_m, maxLoad: r.max_load,
    };
  });
  const legsOf = new Map<string, StoredScheduleRows['assignments'][number][]>();
  for (const a of rows.assignments) legsOf.set(`${a.student_id}|${a.direction}`, [...(legsOf.get(`${a.student_id}|${a.direction}`) ?? []), a]);
  const assignments = [...legsOf.values()].map((ls) => ({
    studentId: ls[0]!.student_id, direction: ls[0]!.direction as Direction,
    legs: ls.sort((a, b) => a.leg_no - b.leg_no).map((l) => ({ runId: strip(l.run_id), boardSeq: l.board_seq, alightSeq: l.alight_seq })),
  }));
  const transfers = rows.transfers.map((t) => ({
    fromRunId: strip(t.from_run_id), toRunId: strip(t.to_run_id), placeId: t.place_id, minTransferS: t.min_transfer_s,
    studentIds: assignments.filter((a) => a.legs.length === 2 && a.legs.some((l) => l.runId === strip(t.from_run_id)) && a.legs.some((l) => l.runId === strip(t.to_run_id))).map((a) => a.studentId),
  }));
  const used = new Set(runs.map((r) => r.vehicleId));
  const { vehiclesNeeded, preferences, lowGradeLegs: _l, unservedInfo, ...figures } = summary;
  return canonicalOrder(Schedule.parse({
    formatVersion: 1, countyId: h.county_id, friday, request: { friday, conditions: h.conditions, params: h.params },
    vehicles: vehicles.filter((v) => used.has(v.id)).map((v) => ({ id: v.id, kind: v.kind, registrationNo: v.registrationNo, capacity: v.approvedCapacity, depotPlaceId: v.homeDepotPlaceId })),
    dismissals: rows.slots.map((d) => {
      const slotS = weekendSecondsOfEpoch(friday, Date.parse(`${d.service_date}T${d.slot_time.slice(0, 5)}:00+08:00`));
      return { schoolId: d.school_id, direction: d.direction, serviceDate: d.service_date, slotS, slotTime: clockOf(slotS), preference: preferences[`${d.school_id}|${d.direction}`] ?? 1 };
    }),
    runs, transfers, assignments,
    unserved: rows.unserved.map((u) => {
      const [schoolId, placeId] = unservedInfo[`${u.student_id}|${u.direction}`] ?? ['', null];
      return { studentId: u.student_id, schoolId, direction: u.direction, reasonCode: u.reason_code, reason: u.reason, placeId };
    }),
    vehiclesNeeded, summary: figures,
  }));
}
