import { stringify } from 'csv-stringify/sync';
import { clockOf, serviceDateOf } from '../../scheduling/index.js';
import type { SchoolTimetable } from '../schemas/timetable.schemas.js';

/** Columns of the per-school CSV timetable, in order (docs/api.md). */
export const TIMETABLE_CSV_COLUMNS = [
  'school_id', 'school_name', 'run_id', 'direction', 'mode', 'service_date', 'vehicle_registration', 'plate_no', 'driver',
  'stop_seq', 'place_id', 'stop_name', 'date', 'arrive', 'depart', 'boarding', 'alighting',
] as const;

/**
 * A school's timetable as CSV: one row per stop of each of its runs, in departure order, local times
 * `HH:MM` with the stop's own date (a run can pass midnight); CRLF line ends (RFC 4180). UTF-8 with a byte-order mark, so that
 * spreadsheet programs read the Chinese names correctly.
 */
export function timetableCsv(t: SchoolTimetable): string {
  const rows = t.runs.flatMap((r) => r.stops.map((s, k) => [
    t.schoolId, t.schoolNameZh, r.id, r.direction, r.mode, r.serviceDate, r.registrationNo, r.plateNo ?? '', r.driverName,
    k + 1, s.placeId, s.nameZh, serviceDateOf(t.friday, s.arriveS), clockOf(s.arriveS), clockOf(s.departS), s.boarding, s.alighting,
  ]));
  return stringify(rows, { header: true, columns: [...TIMETABLE_CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}
