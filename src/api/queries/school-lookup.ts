import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import type { Direction, School, SchoolLevel, SchoolWindow } from '../../domain/school.js';

/** `time` columns come back as `HH:MM:SS`; the domain speaks `HH:MM`. */
const hhmm = (time: string): string => time.slice(0, 5);

/** A school of a county by id, or undefined. */
export async function findSchool(db: Kysely<Database>, countyId: number, id: string): Promise<School | undefined> {
  const r = await db.selectFrom('school').selectAll().where('id', '=', id).where('county_id', '=', countyId).executeTakeFirst();
  return r === undefined ? undefined : {
    id: r.id, countyId: r.county_id, nameZh: r.name_zh, level: r.level as SchoolLevel, townshipId: r.township_id, gatePlaceId: r.gate_place_id,
    boarders: r.boarders, runsShuttle: r.runs_shuttle, nameSource: r.name_source as School['nameSource'],
  };
}

/** The dismissal and arrival windows of one school, by direction, day and time. */
export async function schoolWindowsOf(db: Kysely<Database>, schoolId: string): Promise<SchoolWindow[]> {
  const rows = await db.selectFrom('school_window').selectAll().where('school_id', '=', schoolId)
    .orderBy('direction').orderBy('day_offset').orderBy('earliest').execute();
  return rows.map((r) => ({
    countyId: r.county_id, schoolId: r.school_id, direction: r.direction as Direction, dayOffset: r.day_offset,
    earliest: hhmm(r.earliest), latest: hhmm(r.latest), preference: r.preference,
  }));
}
