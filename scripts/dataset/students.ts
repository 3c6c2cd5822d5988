import { haversineM, type Position } from '../../src/domain/geo.js';
import type { Place } from '../../src/domain/place.js';
import type { Student } from '../../src/domain/student.js';
import { allocate } from './integer-allocation.js';
import type { Random } from './random.js';
import type { SchoolSpec } from './school-specs.js';

/** A village stop with what the student generator needs to know about it. */
export interface HomeVillage {
  readonly place: Place;
  readonly urCode: string;
  /** The township's seat village, or an urban community: its boarders walk home. */
  readonly nearSeat: boolean;
}

/** At most this many students who need a ride live in one village (the brief: 1–80 riders a village). */
export const MAX_NEED_RIDE_PER_VILLAGE = 80;
/** Boarders who need no ride live within this distance of their school, or in the seat village. */
const WALKING_RADIUS_M = 2500;
/** Students of the water-only villages at each 湖山 school, before the rest is shared out. */
const WATER_VILLAGE_MINIMUM = { primary: 12, middle: 8, nine_year: 10 } as const;

/** Share of boarders by grade: boarding grows with age (synthetic, plausible). */
const GRADE_WEIGHTS = {
  primary: [[1, 6], [2, 9], [3, 16], [4, 20], [5, 24], [6, 25]],
  middle: [[7, 34], [8, 33], [9, 33]],
  nine_year: [[1, 3], [2, 5], [3, 8], [4, 10], [5, 12], [6, 12], [7, 17], [8, 17], [9, 16]],
} as const satisfies Record<SchoolSpec['level'], ReadonlyArray<readonly [number, number]>>;

function drawGrade(level: SchoolSpec['level'], random: Random): number {
  const table = GRADE_WEIGHTS[level];
  let x = random.range(0, table.reduce((a, [, w]) => a + w, 0));
  for (const [grade, w] of table) {
    x -= w;
    if (x < 0) return grade;
  }
  return (table.at(-1) as readonly [number, number])[0];
}

const positionOf = (p: Place): Position => [p.lon, p.lat];
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Weight of a village in a school's catchment: own township first, fading with distance, times its size. */
function catchmentWeight(school: SchoolSpec, v: HomeVillage, gate: Position, size: number): number {
  const index = school.catchment.indexOf(v.place.townshipId);
  if (index < 0 || v.nearSeat) return 0;
  const own = index === 0 ? 1 : 0.45;
  const km = haversineM(gate, positionOf(v.place)) / 1000;
  if (km * 1000 <= WALKING_RADIUS_M) return 0;
  return (own * size) / (1 + (km / 12) ** 2);
}

interface Home {
  readonly placeId: string;
  readonly needsRide: boolean;
  readonly distanceM: number;
  readonly water: boolean;
}

/** The homes of one school's boarders who need a ride, drawn from its catchment within the village caps. */
function needRideHomes(school: SchoolSpec, villages: readonly HomeVillage[], gate: Position, size: ReadonlyMap<string, number>, used: Map<string, number>): Home[] {
  const counts = villages.map(() => 0);
  let left = school.needRide;
  villages.forEach((v, i) => {
    if (v.place.access !== 'water' || !school.catchment.includes(v.place.townshipId)) return;
    counts[i] = WATER_VILLAGE_MINIMUM[school.level];
    left -= counts[i] as number;
  });
  const caps = villages.map((v, i) => MAX_NEED_RIDE_PER_VILLAGE - (used.get(v.place.id) ?? 0) - (counts[i] as number));
  const weights = villages.map((v) => catchmentWeight(school, v, gate, size.get(v.place.id) ?? 1));
  const room = (w: readonly number[]) => w.reduce((a, x, i) => a + (x > 0 ? Math.max(0, caps[i] as number) : 0), 0);
  // Another seed may crowd a small catchment: then villages near the school, and at last any rural
  // village of the county, take the overflow with a small weight.
  if (room(weights) < left) villages.forEach((v, i) => { if (!v.nearSeat && school.catchment.includes(v.place.townshipId)) weights[i] = Math.max(weights[i] as number, 0.02); });
  if (room(weights) < left) villages.forEach((v, i) => { if (!v.nearSeat && v.place.access === 'road') weights[i] = Math.max(weights[i] as number, 0.001); });
  const shares = allocate(left, weights, caps.map((c) => Math.max(0, c)));
  const homes: Home[] = [];
  villages.forEach((v, i) => {
    const n = (counts[i] as number) + (shares[i] as number);
    used.set(v.place.id, (used.get(v.place.id) ?? 0) + n);
    const distanceM = haversineM(gate, positionOf(v.place));
    for (let k = 0; k < n; k++) homes.push({ placeId: v.place.id, needsRide: true, distanceM, water: v.place.access === 'water' });
  });
  return homes;
}

/** Homes of boarders who need no ride: the seat village, urban communities, or villages within walking radius. */
function walkingHomes(school: SchoolSpec, villages: readonly HomeVillage[], gate: Position, random: Random): Home[] {
  let near = villages.filter(
    (v) => v.place.townshipId === school.townshipCode && v.place.access === 'road' && (v.nearSeat || haversineM(gate, positionOf(v.place)) <= WALKING_RADIUS_M),
  );
  if (near.length === 0) {
    const own = villages.filter((v) => v.place.townshipId === school.townshipCode && v.place.access === 'road');
    near = [...own].sort((a, b) => haversineM(gate, positionOf(a.place)) - haversineM(gate, positionOf(b.place))).slice(0, 1);
  }
  return Array.from({ length: school.boarders - school.needRide }, () => {
    const v = random.pick(near);
    return { placeId: v.place.id, needsRide: false, distanceM: 0, water: false };
  });
}

/**
 * Generates the anonymous boarders of every school (ids `S0000001`…): exactly the table's boarders,
 * needing a ride and riding. Riders are drawn among those who need a ride, favouring far villages and
 * always including the water-only villages (the boat is their only way home). Synthetic.
 */
export function generateStudents(
  schools: readonly SchoolSpec[], villages: readonly HomeVillage[], gates: ReadonlyMap<string, Position>, countyId: number, random: Random,
): Student[] {
  const size = new Map(villages.map((v) => [v.place.id, random.range(0.4, 1.6)]));
  const used = new Map<string, number>();
  const rows: Omit<Student, 'id'>[] = [];
  for (const school of schools) {
    const gate = gates.get(school.id);
    if (gate === undefined) throw new Error(`students: no gate for ${school.id}`);
    const r = random.fork(school.id);
    const needing = needRideHomes(school, villages, gate, size, used);
    const farthest = Math.max(1, ...needing.map((h) => h.distanceM));
    const ranked = needing
      .map((h) => ({ h, score: (h.water ? 10 : 0) + r.next() + (0.8 * h.distanceM) / farthest }))
      .sort((a, b) => b.score - a.score);
    const homes = [
      ...ranked.map((x, i) => ({ ...x.h, rides: i < school.rides })),
      ...walkingHomes(school, villages, gate, r).map((h) => ({ ...h, rides: false })),
    ];
    const students = homes.map((h) => ({
      countyId, schoolId: school.id, grade: drawGrade(school.level, r), homePlaceId: h.placeId, needsRide: h.needsRide, currentlyRides: h.rides,
    }));
    students.sort((a, b) => compareText(a.homePlaceId, b.homePlaceId) || a.grade - b.grade || Number(b.currentlyRides) - Number(a.currentlyRides));
    rows.push(...students);
  }
  return rows.map((s, i) => ({ id: `S${String(i + 1).padStart(7, '0')}`, ...s }));
}
