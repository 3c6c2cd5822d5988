import type { ColumnType } from 'kysely';
import type { Json, Timestamp } from './geography.table.js';

/** `schedule`: one version of a weekend's schedule (draft → published → superseded). */
export interface ScheduleTable {
  id: string;
  county_id: number;
  friday: string;
  version: number;
  status: string;
  based_on_id: string | null;
  conditions: Json<unknown>;
  params: Json<unknown>;
  summary: Json<unknown>;
  validation: ColumnType<unknown, string | undefined, string>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  created_by: string;
  published_at: Timestamp | null;
  published_by: string | null;
}

/** `dismissal_slot`: the time chosen for each school and direction. */
export interface DismissalSlotTable {
  schedule_id: string;
  school_id: string;
  direction: string;
  service_date: string;
  slot_time: string;
}

/** `schedule_run`: one loaded trip of one vehicle. */
export interface ScheduleRunTable {
  id: string;
  schedule_id: string;
  county_id: number;
  school_id: string;
  direction: string;
  mode: string;
  vehicle_id: string;
  driver_id: string | null;
  duty_no: number;
  seq_in_duty: number;
  service_date: string;
  departs_at: Timestamp;
  arrives_at: Timestamp;
  distance_m: number;
  duration_s: number;
  max_load: number;
}

/** `run_stop`: the ordered stops of a run with times, boarding/alighting counts and the leg that reaches it. */
export interface RunStopTable {
  run_id: string;
  seq: number;
  place_id: string;
  arrive_at: Timestamp;
  depart_at: Timestamp;
  boarding: number;
  alighting: number;
  leg_distance_m: number;
  leg_duration_s: number;
  leg_min_speed_kmh: number | null;
}

/** `schedule_transfer`: a bus ↔ boat connection at a pier. */
export interface ScheduleTransferTable {
  schedule_id: string;
  from_run_id: string;
  to_run_id: string;
  place_id: string;
  min_transfer_s: number;
}

/** `student_assignment`: which run (and leg) carries a student, boarding and alighting stop sequence numbers. */
export interface StudentAssignmentTable {
  schedule_id: string;
  student_id: string;
  direction: string;
  leg_no: number;
  run_id: string;
  board_seq: number;
  alight_seq: number;
}

/** `schedule_unserved`: students the schedule could not serve, with the reason. */
export interface ScheduleUnservedTable {
  schedule_id: string;
  student_id: string;
  direction: string;
  reason_code: string;
  reason: string;
}

/** `schedule_job`: background schedule generation; at most one queued/running per county and weekend. */
export interface ScheduleJobTable {
  id: string;
  county_id: number;
  friday: string;
  status: string;
  progress: ColumnType<number, number | undefined, number>;
  message: ColumnType<string, string | undefined, string>;
  request: Json<unknown>;
  schedule_id: string | null;
  error: Json<unknown> | null;
  requested_by: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}
