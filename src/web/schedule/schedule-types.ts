/**
 * The weekend schedule as the pages read it: the JSON export format of src/scheduling (docs/schedule-format.md),
 * whose times are weekend seconds after the Friday's local midnight (Sunday 15:00 = 226,800).
 */

/** One stop of a run: where, when (weekend seconds), how many board and alight. */
export interface RunStop {
  readonly placeId: string;
  readonly arriveS: number;
  readonly departS: number;
  readonly boarding: number;
  readonly alighting: number;
}

/** One loaded trip of one vehicle for one school. */
export interface ScheduleRun {
  readonly id: string;
  readonly schoolId: string;
  readonly direction: 'home' | 'return';
  readonly mode: 'bus' | 'boat';
  readonly vehicleId: string;
  readonly driverId: string;
  /** The vehicle's duty number and the run's place in it (the stagger: one vehicle, several schools in turn). */
  readonly dutyNo: number;
  readonly seqInDuty: number;
  readonly serviceDate: string;
  readonly stops: readonly RunStop[];
  readonly distanceM: number;
  readonly maxLoad: number;
}

/** The chosen dismissal (home) or arrival-deadline (return) slot of a school. */
export interface DismissalTime {
  readonly schoolId: string;
  readonly direction: 'home' | 'return';
  readonly serviceDate: string;
  readonly slotS: number;
  readonly slotTime: string;
  readonly preference: number;
}

/** A vehicle the schedule uses. */
export interface ScheduleVehicle {
  readonly id: string;
  readonly kind: 'bus' | 'boat';
  readonly registrationNo: string;
  readonly capacity: number;
  readonly depotPlaceId: string;
}

/** Reason codes of unserved students (src/scheduling). */
export type UnservedReason = 'unreachable' | 'ride_time_impossible' | 'no_vehicle' | 'no_boat' | 'over_capacity' | 'no_window';

/** A student who needs a ride and has none, with the reason. */
export interface UnservedStudent {
  readonly studentId: string;
  readonly schoolId: string;
  readonly direction: 'home' | 'return';
  readonly reasonCode: UnservedReason;
  readonly reason: string;
  readonly placeId: string | null;
}

/** Figures of a schedule. */
export interface ScheduleSummary {
  readonly studentsNeedingRide: number;
  readonly servedHome: number;
  readonly servedReturn: number;
  readonly vehiclesAvailable: number;
  readonly vehiclesUsed: number;
  readonly runs: number;
  readonly totalKm: number;
  readonly longestRideS: number;
  readonly solveSeconds: number;
}

/** A weekend schedule (the export format; fields the pages do not use are left out). */
export interface Schedule {
  readonly formatVersion: 1;
  readonly friday: string;
  readonly vehicles: readonly ScheduleVehicle[];
  readonly dismissals: readonly DismissalTime[];
  readonly runs: readonly ScheduleRun[];
  readonly unserved: readonly UnservedStudent[];
  readonly vehiclesNeeded: readonly { kind: 'bus' | 'boat'; capacity: number; count: number }[];
  readonly summary: ScheduleSummary;
}

/** Status of a stored version: draft, then published by a coordinator, then superseded by the next. */
export type VersionStatus = 'draft' | 'published' | 'superseded' | 'discarded';

/** A stored version of a weekend's schedule (`GET /api/v1/schedules`). */
export interface ScheduleVersion {
  readonly id: string;
  readonly friday: string;
  readonly version: number;
  readonly status: VersionStatus;
  readonly basedOnId: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly publishedAt: string | null;
  /** Hard rules broken when it was stored. */
  readonly violations: number;
  readonly summary: ScheduleSummary;
}

/** A version with its content, cut by the server to the caller's school or vehicles. */
export interface ScheduleDetail extends ScheduleVersion {
  readonly scope: 'county' | 'school' | 'operator';
  readonly schedule: Schedule;
}

/** A generate job: queued, running with progress, then succeeded with the new version, or failed / cancelled. */
export interface ScheduleJob {
  readonly id: string;
  readonly friday: string;
  readonly status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  /** 0–1. */
  readonly progress: number;
  /** The current stage, for people. */
  readonly message: string;
  readonly scheduleId: string | null;
  readonly error: { readonly code: string; readonly detail: string } | null;
}

/** One hard rule broken, from the independent validator. */
export interface Violation {
  readonly code: string;
  readonly message: string;
  readonly runId?: string;
}

/** `validate` answer. */
export interface ValidationReport {
  readonly scheduleId: string;
  readonly checkedAt: string;
  readonly valid: boolean;
  readonly violations: readonly Violation[];
}

/** One change of a school's licensed plan (校车安全管理条例 art. 16) between the published version and this one. */
export interface ScheduleChange {
  readonly kind: 'dismissal' | 'run_added' | 'run_removed' | 'stops' | 'times' | 'vehicle' | 'driver';
  readonly direction: 'home' | 'return';
  readonly runId?: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** `diff` answer: the published version compared with (null when none), the changes per school, the plates to file again. */
export interface ScheduleDiff {
  readonly scheduleId: string;
  readonly publishedId: string | null;
  readonly schools: readonly { readonly schoolId: string; readonly changes: readonly ScheduleChange[] }[];
  readonly vehiclesToRefile: readonly string[];
}

/** A run with the names people read: registration, plate, driver, stop names. */
export type TimetableRun = Omit<ScheduleRun, 'stops'> & {
  readonly registrationNo: string;
  readonly plateNo: string | null;
  readonly driverName: string;
  readonly stops: readonly (RunStop & { readonly nameZh: string })[];
};

/** A school's weekend (`GET /api/v1/schools/{id}/timetable`): its own school only. */
export interface SchoolTimetable {
  readonly schoolId: string;
  readonly schoolNameZh: string;
  readonly friday: string;
  readonly scheduleId: string;
  readonly version: number;
  readonly status: VersionStatus;
  readonly createdAt: string;
  readonly publishedAt: string | null;
  readonly dismissals: readonly DismissalTime[];
  readonly runs: readonly TimetableRun[];
}

/** `GET /api/v1/runs`: runs of the caller's vehicles in a weekend's version. */
export interface RunList {
  readonly friday: string;
  readonly scheduleId: string;
  readonly items: readonly TimetableRun[];
}

/** A run drawn along the roads (GET /api/v1/schedules/{id}/paths). */
export interface RunPathFeature {
  readonly id: string;
  readonly geometry: { readonly type: 'LineString'; readonly coordinates: readonly (readonly [number, number])[] };
  readonly properties: { readonly runId: string; readonly routed: boolean; readonly lowestSpeedCapKmh: number | null };
}

/** The runs of a version along the roads and waterways. */
export interface RunPathCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly RunPathFeature[];
}
