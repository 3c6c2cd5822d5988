/** Stable codes of the rules `validateSchedule` checks. */
export const VIOLATION_CODES = [
  'schema', 'run_shape', 'time_order', 'unknown_place', 'wrong_kind', 'vehicle_not_allowed', 'driver_not_allowed',
  'over_capacity', 'count_mismatch', 'unreachable_leg', 'too_fast', 'speed', 'night_low_grade',
  'unknown_student', 'student_twice', 'wrong_school', 'wrong_stop', 'ride_too_long', 'student_missing', 'served_and_unserved',
  'transfer_missing', 'transfer_too_short', 'transfer_unknown_run',
  'vehicle_overlap', 'driver_overlap', 'driver_two_vehicles', 'continuous_driving', 'daily_driving',
  'window', 'before_dismissal', 'after_deadline',
] as const;
/** A rule code. */
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/** One broken rule, with what it is about. Never thrown: `validateSchedule` returns a list. */
export interface Violation {
  readonly code: ViolationCode;
  readonly message: string;
  readonly runId?: string;
  readonly studentId?: string;
  readonly vehicleId?: string;
  readonly driverId?: string;
  readonly schoolId?: string;
}
