import { z } from 'zod';
import { ClockTime, IsoDate } from '../../domain/calendar.js';
import { CountyId } from '../../domain/county.js';
import { EntityId } from '../../domain/entity-id.js';
import { Direction } from '../../domain/school.js';
import { ScheduleRequest } from '../request/schedule-request.js';

/** Weekend time: integer seconds after the Friday's local midnight (Sunday 15:00 = 226,800). */
const WeekendS = z.number().int();
const Count = z.number().int().min(0);

/** One stop of a run, in order: where, when, how many board and alight. */
export const RunStop = z.object({
  placeId: EntityId,
  arriveS: WeekendS,
  departS: WeekendS,
  boarding: Count,
  alighting: Count,
});
export type RunStop = z.infer<typeof RunStop>;

/** The drive from stop k to stop k + 1 of a run. */
export const RunLeg = z.object({
  distanceM: Count,
  durationS: Count,
  /** Lowest speed cap on the way, km/h (null for a zero-length leg). */
  lowestSpeedCapKmh: z.number().int().min(1).nullable(),
  /** Whether the way uses a low-grade road (technical grade 3 or below). */
  usesLowGrade: z.boolean(),
});
export type RunLeg = z.infer<typeof RunLeg>;

/** One loaded trip of one vehicle for one school: a bus on the roads or a boat on the reservoir. */
export const ScheduleRun = z.object({
  id: EntityId,
  schoolId: EntityId,
  direction: Direction,
  mode: z.enum(['bus', 'boat']),
  vehicleId: EntityId,
  driverId: EntityId,
  /** Number of the vehicle's duty (1-based, per schedule) and the run's place in it. */
  dutyNo: z.number().int().min(1),
  seqInDuty: z.number().int().min(1),
  serviceDate: IsoDate,
  stops: z.array(RunStop).min(2),
  /** `legs[k]` joins `stops[k]` to `stops[k + 1]`. */
  legs: z.array(RunLeg),
  distanceM: Count,
  maxLoad: Count,
});
export type ScheduleRun = z.infer<typeof ScheduleRun>;

/** A bus ↔ boat connection at a pier: the students of `studentIds` change from one run to the other. */
export const ScheduleTransfer = z.object({
  fromRunId: EntityId,
  toRunId: EntityId,
  placeId: EntityId,
  minTransferS: Count,
  studentIds: z.array(EntityId).min(1),
});
export type ScheduleTransfer = z.infer<typeof ScheduleTransfer>;

/** The runs carrying one student in one direction, in travel order (two legs when via a pier). */
export const StudentAssignment = z.object({
  studentId: EntityId,
  direction: Direction,
  legs: z
    .array(z.object({ runId: EntityId, boardSeq: z.number().int().min(0), alightSeq: z.number().int().min(1) }))
    .min(1)
    .max(2),
});
export type StudentAssignment = z.infer<typeof StudentAssignment>;

/** Why a student is not served. */
export const UnservedReason = z.enum(['unreachable', 'ride_time_impossible', 'no_vehicle', 'no_boat', 'over_capacity', 'no_window']);
export type UnservedReason = z.infer<typeof UnservedReason>;

/** A student who needs a ride and has none in this schedule, with the reason. */
export const UnservedStudent = z.object({
  studentId: EntityId,
  schoolId: EntityId,
  direction: Direction,
  reasonCode: UnservedReason,
  /** For people: names the place or the fleet limit. */
  reason: z.string().min(1),
  placeId: EntityId.nullable(),
});
export type UnservedStudent = z.infer<typeof UnservedStudent>;

/** The chosen dismissal (home) or arrival-deadline (return) time of a school. */
export const DismissalTime = z.object({
  schoolId: EntityId,
  direction: Direction,
  serviceDate: IsoDate,
  /** Weekend time of the slot: dismissal on the way home, latest arrival at school on the way back. */
  slotS: WeekendS,
  slotTime: ClockTime,
  /** Preference of the window the slot lies in (1 = preferred). */
  preference: z.number().int().min(1).max(9),
});
export type DismissalTime = z.infer<typeof DismissalTime>;

/** A vehicle the schedule uses, as allowed on the schedule's dates. */
export const ScheduleVehicle = z.object({
  id: EntityId,
  kind: z.enum(['bus', 'boat']),
  registrationNo: z.string().min(1),
  /** 核载人数: approved capacity. */
  capacity: z.number().int().min(1),
  depotPlaceId: EntityId,
});
export type ScheduleVehicle = z.infer<typeof ScheduleVehicle>;

/** How many more vehicles of a size would serve the students left without a vehicle. */
export const VehiclesNeeded = z.object({ kind: z.enum(['bus', 'boat']), capacity: z.number().int().min(1), count: z.number().int().min(1) });
export type VehiclesNeeded = z.infer<typeof VehiclesNeeded>;

/** Figures of a schedule for people and for the version list. */
export const ScheduleSummary = z.object({
  studentsNeedingRide: Count,
  /** Per direction: students served. */
  servedHome: Count,
  servedReturn: Count,
  vehiclesAvailable: Count,
  vehiclesUsed: Count,
  runs: Count,
  totalKm: z.number().min(0),
  loadedKm: z.number().min(0),
  longestRideS: Count,
  solveSeconds: z.number().min(0),
});
export type ScheduleSummary = z.infer<typeof ScheduleSummary>;

/**
 * A weekend schedule, and the JSON export format (docs/schedule-format.md; the JSON Schema is generated
 * from this). Times are weekend seconds (after the Friday's local midnight, China Standard Time).
 */
export const Schedule = z.object({
  formatVersion: z.literal(1),
  countyId: CountyId,
  friday: IsoDate,
  request: ScheduleRequest,
  vehicles: z.array(ScheduleVehicle),
  dismissals: z.array(DismissalTime),
  runs: z.array(ScheduleRun),
  transfers: z.array(ScheduleTransfer),
  assignments: z.array(StudentAssignment),
  unserved: z.array(UnservedStudent),
  vehiclesNeeded: z.array(VehiclesNeeded),
  summary: ScheduleSummary,
});
export type Schedule = z.infer<typeof Schedule>;
