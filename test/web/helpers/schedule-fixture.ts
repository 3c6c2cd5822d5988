import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/tables/index.js';

/** Weekend seconds (after the Friday's local midnight) of a day offset and a clock time. */
export const at = (day: number, hh: number, mm: number): number => day * 86_400 + hh * 3600 + mm * 60;

/** A stop as the export format writes it. */
interface Stop { placeId: string; arriveS: number; departS: number; boarding: number; alighting: number }

/** A fixture run: the export format's fields the pages read. */
export interface FixtureRun {
  id: string; schoolId: string; direction: 'home' | 'return'; mode: 'bus'; vehicleId: string; driverId: string;
  dutyNo: number; seqInDuty: number; serviceDate: string; stops: Stop[]; legs: never[]; distanceM: number; maxLoad: number;
}

/** A hand-made weekend schedule in the export format (SYNTHETIC: written for the browser tests, not by the engine). */
export interface FixtureSchedule {
  formatVersion: 1; countyId: number; friday: string; request: { friday: string };
  vehicles: { id: string; kind: 'bus'; registrationNo: string; capacity: number; depotPlaceId: string }[];
  dismissals: { schoolId: string; direction: 'home' | 'return'; serviceDate: string; slotS: number; slotTime: string; preference: number }[];
  runs: FixtureRun[];
  transfers: never[]; assignments: never[];
  unserved: { studentId: string; schoolId: string; direction: 'home' | 'return'; reasonCode: 'unreachable'; reason: string; placeId: string | null }[];
  vehiclesNeeded: never[];
  summary: { studentsNeedingRide: number; servedHome: number; servedReturn: number; vehiclesAvailable: number; vehiclesUsed: number; runs: number; totalKm: number; loadedKm: number; longestRideS: number; solveSeconds: number };
}

/** The coaches and drivers of the fixture. */
export const FIXTURE_COACHES = ['BUS001', 'BUS003'];
const FIXTURE_DRIVERS = ['DRV001', 'DRV003'];

/** The schools of the fixture: a reservoir school and another shuttle school, one coach serving both in turn. */
export const FIXTURE_SCHOOLS = { first: 'SCH16', second: 'SCH18' } as const;

function clock(s: number): string {
  const inDay = s % 86_400;
  return `${String(Math.floor(inDay / 3600)).padStart(2, '0')}:${String(Math.floor((inDay % 3600) / 60)).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A run through `villages` from the school gate (home) or to it (return), 15 minutes between stops. */
function run(id: string, schoolId: string, gate: string, villages: readonly string[], direction: 'home' | 'return', startS: number, vehicle: string, driver: string, seq: number, friday: string): FixtureRun {
  const places = direction === 'home' ? [gate, ...villages] : [...villages, gate];
  const per = 4;
  const stops = places.map((placeId, k) => {
    const t = startS + k * 900;
    const atGate = placeId === gate;
    return { placeId, arriveS: t, departS: t + (k === places.length - 1 ? 0 : 60), boarding: direction === 'home' ? (atGate ? per * villages.length : 0) : (atGate ? 0 : per), alighting: direction === 'home' ? (atGate ? 0 : per) : (atGate ? per * villages.length : 0) };
  });
  return { id, schoolId, direction, mode: 'bus', vehicleId: vehicle, driverId: driver, dutyNo: 1, seqInDuty: seq, serviceDate: addDays(friday, Math.floor(startS / 86_400)), stops, legs: [], distanceM: 9000 * villages.length, maxLoad: per * villages.length };
}

/**
 * Builds the fixture from the county data: two schools, three villages of each school's township, two
 * coaches of one operator. Coach 1 takes the first school home at 15:00 and then the second at 16:30
 * (the stagger); coach 2 runs a second trip of the first school. One student of the second school is
 * left unserved (unreachable), so the page has something to highlight. It is stored as it is (the
 * validator would refuse its made-up times), so it never goes through the publish endpoint.
 */
export async function fixtureSchedule(db: Kysely<Database>, friday: string): Promise<FixtureSchedule> {
  const school = async (id: string) => db.selectFrom('school').select(['id', 'gate_place_id', 'township_id']).where('id', '=', id).executeTakeFirstOrThrow();
  const villages = async (township: string) => (await db.selectFrom('place').select('id').where('kind', '=', 'village_stop').where('township_id', '=', township).orderBy('id').limit(4).execute()).map((p) => p.id);
  const [a, b] = [await school(FIXTURE_SCHOOLS.first), await school(FIXTURE_SCHOOLS.second)];
  const [va, vb] = [await villages(a.township_id), await villages(b.township_id)];
  const unservedStudent = await db.selectFrom('student').select('id').where('school_id', '=', b.id).where('needs_ride', '=', true).orderBy('id').executeTakeFirstOrThrow();
  // Two coaches (and their plate drivers) of 遂昌县城北客运 that are compliant on the demo Friday of the committed dataset.
  const coaches = await db.selectFrom('vehicle').select(['id', 'registration_no', 'approved_capacity', 'home_depot_place_id', 'operator_id']).where('id', 'in', FIXTURE_COACHES).orderBy('id').execute();
  const drivers = await db.selectFrom('driver').select('id').where('id', 'in', FIXTURE_DRIVERS).orderBy('id').execute();
  const [c1, c2] = coaches;
  const [d1, d2] = drivers;
  if (c1 === undefined || c2 === undefined || d1 === undefined || d2 === undefined) throw new Error('the county needs two coaches and two drivers');
  const runs = [
    run('RUN-F1', a.id, a.gate_place_id, va.slice(0, 2), 'home', at(0, 15, 0), c1.id, d1.id, 1, friday),
    run('RUN-F2', a.id, a.gate_place_id, va.slice(2, 3), 'home', at(0, 15, 0), c2.id, d2.id, 1, friday),
    run('RUN-F3', b.id, b.gate_place_id, vb.slice(0, 3), 'home', at(0, 16, 30), c1.id, d1.id, 2, friday),
    run('RUN-S1', b.id, b.gate_place_id, vb.slice(0, 3), 'return', at(2, 14, 30), c1.id, d1.id, 3, friday),
    run('RUN-S2', a.id, a.gate_place_id, va.slice(0, 3), 'return', at(2, 16, 0), c1.id, d1.id, 4, friday),
  ];
  const slot = (schoolId: string, direction: 'home' | 'return', s: number) => ({ schoolId, direction, serviceDate: addDays(friday, Math.floor(s / 86_400)), slotS: s, slotTime: clock(s), preference: 1 });
  return {
    formatVersion: 1, countyId: 331123, friday, request: { friday },
    vehicles: [c1, c2].map((c) => ({ id: c.id, kind: 'bus' as const, registrationNo: c.registration_no, capacity: c.approved_capacity, depotPlaceId: c.home_depot_place_id })),
    dismissals: [slot(a.id, 'home', at(0, 15, 0)), slot(b.id, 'home', at(0, 16, 30)), slot(b.id, 'return', at(2, 15, 30)), slot(a.id, 'return', at(2, 17, 0))],
    runs, transfers: [], assignments: [],
    unserved: [{ studentId: unservedStudent.id, schoolId: b.id, direction: 'home', reasonCode: 'unreachable', reason: 'village unreachable under the day\'s conditions', placeId: vb[3] ?? null }],
    vehiclesNeeded: [],
    summary: { studentsNeedingRide: 37, servedHome: 24, servedReturn: 24, vehiclesAvailable: 112, vehiclesUsed: 2, runs: runs.length, totalKm: 99, loadedKm: 81, longestRideS: 2700, solveSeconds: 0.1 },
  };
}
