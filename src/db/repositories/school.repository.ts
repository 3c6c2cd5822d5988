import type { Selectable } from 'kysely';
import type { Direction, School, SchoolLevel, SchoolWindow } from '../../domain/school.js';
import type { Student } from '../../domain/student.js';
import type { SchoolTable, SchoolWindowTable, StudentTable } from '../tables/index.js';
import { upsertMany, type Executor } from './upsert-many.js';

const schoolToRow = (s: School): SchoolTable => ({
  id: s.id, county_id: s.countyId, name_zh: s.nameZh, level: s.level, township_id: s.townshipId, gate_place_id: s.gatePlaceId,
  boarders: s.boarders, runs_shuttle: s.runsShuttle, name_source: s.nameSource,
});
const rowToSchool = (r: Selectable<SchoolTable>): School => ({
  id: r.id, countyId: r.county_id, nameZh: r.name_zh, level: r.level as SchoolLevel, townshipId: r.township_id, gatePlaceId: r.gate_place_id,
  boarders: r.boarders, runsShuttle: r.runs_shuttle, nameSource: r.name_source as School['nameSource'],
});

export const upsertSchools = (db: Executor, rows: readonly School[]): Promise<void> => upsertMany(db, 'school', rows.map(schoolToRow), ['id']);
export async function listSchools(db: Executor, countyId: number): Promise<School[]> {
  return (await db.selectFrom('school').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToSchool);
}

/** `time` columns come back as `HH:MM:SS`; the domain speaks `HH:MM`. */
const hhmm = (time: string): string => time.slice(0, 5);

const windowToRow = (w: SchoolWindow): SchoolWindowTable => ({
  county_id: w.countyId, school_id: w.schoolId, direction: w.direction, day_offset: w.dayOffset, earliest: w.earliest, latest: w.latest, preference: w.preference,
});
const rowToWindow = (r: Selectable<SchoolWindowTable>): SchoolWindow => ({
  countyId: r.county_id, schoolId: r.school_id, direction: r.direction as Direction, dayOffset: r.day_offset,
  earliest: hhmm(r.earliest), latest: hhmm(r.latest), preference: r.preference,
});

export const upsertSchoolWindows = (db: Executor, rows: readonly SchoolWindow[]): Promise<void> =>
  upsertMany(db, 'school_window', rows.map(windowToRow), ['school_id', 'direction', 'day_offset', 'earliest']);
export async function listSchoolWindows(db: Executor, countyId: number): Promise<SchoolWindow[]> {
  const rows = await db.selectFrom('school_window').selectAll().where('county_id', '=', countyId)
    .orderBy('school_id').orderBy('direction').orderBy('day_offset').orderBy('earliest').execute();
  return rows.map(rowToWindow);
}

const studentToRow = (s: Student): StudentTable => ({
  id: s.id, county_id: s.countyId, school_id: s.schoolId, grade: s.grade, home_place_id: s.homePlaceId, needs_ride: s.needsRide, currently_rides: s.currentlyRides,
});
const rowToStudent = (r: Selectable<StudentTable>): Student => ({
  id: r.id, countyId: r.county_id, schoolId: r.school_id, grade: r.grade, homePlaceId: r.home_place_id, needsRide: r.needs_ride, currentlyRides: r.currently_rides,
});

export const upsertStudents = (db: Executor, rows: readonly Student[]): Promise<void> => upsertMany(db, 'student', rows.map(studentToRow), ['id']);
export async function listStudents(db: Executor, countyId: number): Promise<Student[]> {
  return (await db.selectFrom('student').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToStudent);
}
