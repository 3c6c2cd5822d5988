import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import type { Student } from '../../domain/student.js';

/** Filters and window of a student page. */
export interface StudentPageRequest {
  readonly countyId: number;
  readonly schoolId?: string | undefined;
  readonly needsRide?: boolean | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** One page of a county's students in id order, and the size of the whole filtered list. */
export async function studentPage(db: Kysely<Database>, r: StudentPageRequest): Promise<{ items: Student[]; total: number }> {
  let base = db.selectFrom('student').where('county_id', '=', r.countyId);
  if (r.schoolId !== undefined) base = base.where('school_id', '=', r.schoolId);
  if (r.needsRide !== undefined) base = base.where('needs_ride', '=', r.needsRide);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('id').limit(r.pageSize).offset((r.page - 1) * r.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((s) => ({
      id: s.id, countyId: s.county_id, schoolId: s.school_id, grade: s.grade, homePlaceId: s.home_place_id, needsRide: s.needs_ride, currentlyRides: s.currently_rides,
    })),
    // pg returns count(*) as a string, PGlite as a number (see STACK.md).
    total: Number(count.n),
  };
}
