import type { Direction, School } from '../../domain/school.js';
import type { WeekendRecords } from '../model/weekend-records.js';

/** Students of one school who live at one place (ids sorted). */
export interface StudentGroup {
  readonly placeId: string;
  readonly studentIds: readonly string[];
}

/** Who needs a ride for one school in one direction, grouped by home place. */
export interface SchoolDemand {
  readonly school: School;
  readonly direction: Direction;
  /** Homes reachable by road (access `road` or `both`). */
  readonly road: readonly StudentGroup[];
  /** Homes reached only by water (access `water`): a bus to a pier, then a boat. */
  readonly water: readonly StudentGroup[];
}

/**
 * Demand per school and direction: every student who needs a ride goes home on Friday and comes back on
 * Sunday, grouped by home place (places in id order, students in id order). Schools with no such
 * student are left out.
 */
export function schoolDemands(records: WeekendRecords): SchoolDemand[] {
  const places = new Map(records.places.map((p) => [p.id, p]));
  const bySchool = new Map<string, Map<string, string[]>>();
  for (const s of records.students) {
    if (!s.needsRide) continue;
    const homes = bySchool.get(s.schoolId) ?? new Map<string, string[]>();
    homes.set(s.homePlaceId, [...(homes.get(s.homePlaceId) ?? []), s.id]);
    bySchool.set(s.schoolId, homes);
  }
  const out: SchoolDemand[] = [];
  for (const school of [...records.schools].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const homes = bySchool.get(school.id);
    if (homes === undefined) continue;
    const groups = [...homes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([placeId, ids]) => ({ placeId, studentIds: [...ids].sort() }));
    const road = groups.filter((g) => places.get(g.placeId)?.access !== 'water');
    const water = groups.filter((g) => places.get(g.placeId)?.access === 'water');
    for (const direction of ['home', 'return'] as const) out.push({ school, direction, road, water });
  }
  return out;
}

/**
 * Splits a group larger than `size` (a stop larger than any vehicle) into the fewest chunks of at most
 * `size`, of near-equal sizes (36 with size 30 → 18 + 18, so smaller vehicles can take them too).
 */
export function chunkGroup(group: StudentGroup, size: number): StudentGroup[] {
  const n = group.studentIds.length;
  const parts = Math.max(1, Math.ceil(n / size));
  const out: StudentGroup[] = [];
  let at = 0;
  for (let k = 0; k < parts; k++) {
    const take = Math.floor(n / parts) + (k < n % parts ? 1 : 0);
    out.push({ placeId: group.placeId, studentIds: group.studentIds.slice(at, at + take) });
    at += take;
  }
  return out;
}
