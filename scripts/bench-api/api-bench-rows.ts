/** Who calls: no token, or a token of a role (the school token belongs to the fixture's school). */
export type BenchPrincipal = 'anonymous' | 'coordinator' | 'school';

/** What a row's path may refer to. */
export interface BenchFixture {
  /** A school that runs a weekend shuttle, and whose token the `school` principal holds. */
  readonly schoolId: string;
  /** The county's demo Friday, YYYY-MM-DD. */
  readonly friday: string;
}

/** One endpoint under load: a name for the table, the caller and the path. */
export interface BenchRowSpec {
  readonly name: string;
  readonly principal: BenchPrincipal;
  path(f: BenchFixture): string;
}

/**
 * The rows `npm run bench:api` measures, in order. Adding a row is one line. The school's timetable
 * (its pickup times in the weekend's published schedule) is the hot path the issue sets the target for.
 */
export const BENCH_ROWS: readonly BenchRowSpec[] = [
  { name: 'health', principal: 'anonymous', path: () => '/health' },
  { name: 'school timetable (school token)', principal: 'school', path: (f) => `/api/v1/schools/${f.schoolId}/timetable?friday=${f.friday}` },
  { name: 'school (school token)', principal: 'school', path: (f) => `/api/v1/schools/${f.schoolId}` },
  { name: 'places (GeoJSON)', principal: 'school', path: () => '/api/v1/places' },
  { name: 'compliance on a date', principal: 'coordinator', path: (f) => `/api/v1/compliance?date=${f.friday}` },
];
