import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Schedule } from '../../src/scheduling/model/schedule-schema.js';
import { validateSchedule } from '../../src/scheduling/validate/validate-schedule.js';
import type { ViolationCode } from '../../src/scheduling/validate/violation.js';
import { gridCounty, roadId } from './fixtures/grid-county.js';
import { copy, plan } from './fixtures/schedule-helpers.js';

/** Two schools, one bus (see hand-cases); a reservoir school with two buses and a boat; a long line. */
const COUNTIES = {
  two: gridCounty({
    columns: 4, rows: 1,
    schools: [
      { id: 'A', gate: [0, 0], home: ['14:00', '15:00'], back: ['16:00', '17:00'], students: [{ at: [1, 0], count: 10 }] },
      { id: 'B', gate: [3, 0], home: ['14:00', '15:00'], back: ['16:00', '17:00'], students: [{ at: [2, 0], count: 10 }] },
    ],
    vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'SPARE', capacity: 19, depot: [3, 0] }],
  }),
  boat: gridCounty({
    columns: 3, rows: 1,
    schools: [{ id: 'A', gate: [0, 0], students: [{ at: 'w0', count: 8 }, { at: [1, 0], count: 5 }] }],
    vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [0, 0] }, { id: 'BOAT1', capacity: 12, depot: [2, 0], kind: 'boat' }],
    pier: { at: [2, 0], landingsM: [3000] },
  }),
  long: gridCounty({
    columns: 11, rows: 1, grade: 4,
    schools: [{ id: 'A', gate: [0, 0], students: [{ at: [10, 0], count: 6 }] }],
    vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }],
  }),
} satisfies Record<string, Dataset>;
type CountyName = keyof typeof COUNTIES;

const schedules = new Map<CountyName, Schedule>((Object.keys(COUNTIES) as CountyName[]).map((k) => [k, plan(COUNTIES[k])]));

const home = (s: Schedule, school = 'A') => s.runs.find((r) => r.direction === 'home' && r.schoolId === school && r.mode === 'bus')!;
const shift = (r: Schedule['runs'][number], by: number) => r.stops.forEach((st) => { st.arriveS += by; st.departS += by; });
const slot = (s: Schedule, school: string, d: 'home' | 'return') => s.dismissals.find((x) => x.schoolId === school && x.direction === d)!;

/** [rule, county, how to break it, code expected, records to check against (default: the county's)]. */
type Planted = readonly [string, CountyName, (s: Schedule) => void, ViolationCode, ((d: Dataset) => Dataset)?];
const PLANTED: readonly Planted[] = [
  ['a malformed document', 'two', (s) => Object.assign(s, { formatVersion: 2 }), 'schema'],
  ['more students on board than seats', 'two', (s) => { home(s).stops[0]!.boarding += 15; }, 'over_capacity'],
  ['board/alight counts that disagree with the assignments', 'two', (s) => { home(s).stops[1]!.alighting -= 1; }, 'count_mismatch'],
  ['a student served twice', 'two', (s) => { s.assignments.push(s.assignments[0]!); }, 'student_twice'],
  ['a student on a run of another school', 'two', (s) => {
    const a = s.assignments.find((x) => x.direction === 'home' && s.runs.find((r) => r.id === x.legs[0]!.runId)!.schoolId === 'A')!;
    a.legs[0]!.runId = home(s, 'B').id;
  }, 'wrong_school'],
  ['a student neither served nor listed', 'two', (s) => { s.assignments.pop(); }, 'student_missing'],
  ['a student both served and unserved', 'two', (s) => { s.unserved.push({ studentId: s.assignments[0]!.studentId, schoolId: 'A', direction: s.assignments[0]!.direction, reasonCode: 'no_vehicle', reason: 'x', placeId: null }); }, 'served_and_unserved'],
  ['an unknown student', 'two', (s) => { s.assignments[0]!.studentId = 'S9999999'; }, 'unknown_student'],
  ['boarding after alighting', 'two', (s) => { s.assignments[0]!.legs[0]!.boardSeq = 1; s.assignments[0]!.legs[0]!.alightSeq = 1; }, 'wrong_stop'],
  ['a leg faster than the matrix allows', 'two', (s) => { const r = home(s); r.stops[1]!.arriveS -= 200; r.stops[1]!.departS -= 200; r.legs[0]!.durationS -= 200; }, 'too_fast'],
  ['stops closer in time than their leg', 'two', (s) => { const r = home(s); r.stops[1]!.arriveS -= 100; }, 'time_order'],
  ['an implied speed over the loaded cap', 'two', (s) => { home(s).legs[0]!.distanceM = 20_000; }, 'speed'],
  ['a leg on a road closed at the time', 'two', (s) => {
    s.request.conditions['2026-12-04'] = { weather: 'clear', closed: [{ id: roadId([0, 0], [1, 0]), reason: 'landslide', from: null, to: null }] };
  }, 'unreachable_leg'],
  ['legs and stops out of step', 'two', (s) => { home(s).legs.pop(); }, 'run_shape'],
  ['an unknown stop', 'two', (s) => { home(s).stops[1]!.placeId = 'nowhere'; }, 'unknown_place'],
  ['one bus in two runs at once', 'two', (s) => {
    const b = home(s, 'B');
    shift(b, home(s, 'A').stops[0]!.arriveS - b.stops[0]!.arriveS);
    b.vehicleId = home(s, 'A').vehicleId;
    b.driverId = home(s, 'A').driverId;
  }, 'vehicle_overlap'],
  ['a driver on two vehicles the same day', 'boat', (s) => { s.runs.find((r) => r.mode === 'boat')!.driverId = s.runs.find((r) => r.mode === 'bus')!.driverId; }, 'driver_two_vehicles'],
  ['a driver not allowed on the vehicle', 'boat', (s) => { s.runs.find((r) => r.mode === 'boat')!.driverId = 'd-BUS1'; }, 'driver_not_allowed'],
  ['a boat on a road run', 'boat', (s) => { home(s).vehicleId = 'BOAT1'; }, 'wrong_kind'],
  ['a vehicle the compliance rules exclude on the date', 'two', () => undefined, 'vehicle_not_allowed',
    (d) => ({ ...d, insurance: d.insurance.map((i) => (i.kind === 'compulsory_traffic' ? { ...i, validTo: '2026-11-30' } : i)) })],
  ['a journey over the maximum ride', 'long', (s) => { s.request.params.maxRideMin = 30; }, 'ride_too_long'],
  ['a boat connection shorter than the transfer time', 'boat', (s) => { s.request.params.transferMin = 60; }, 'transfer_too_short'],
  ['a dismissal outside every window', 'two', (s) => { slot(s, 'A', 'home').slotS = 10 * 3600; }, 'window'],
  ['a run leaving before its dismissal', 'two', (s) => { slot(s, 'A', 'home').slotS += 600; }, 'before_dismissal'],
  ['a run arriving after the deadline', 'two', (s) => { slot(s, 'A', 'return').slotS -= 600; }, 'after_deadline'],
  ['too much continuous driving', 'long', (s) => { s.request.params.duty.maxContinuousDrivingMin = 30; }, 'continuous_driving'],
  ['too much driving in a day', 'long', (s) => { s.request.params.duty.maxDailyDrivingMin = 60; }, 'daily_driving'],
  ['students on low-grade roads at night', 'long', (s) => {
    const r = home(s);
    const by = 22 * 3600 - r.stops[0]!.arriveS;
    shift(r, by);
    slot(s, 'A', 'home').slotS += by;
  }, 'night_low_grade'],
];

describe('validateSchedule', () => {
  it.each(Object.keys(COUNTIES) as CountyName[])('finds nothing wrong with the generated schedule of the %s county', (name) => {
    expect(validateSchedule(schedules.get(name)!, { records: COUNTIES[name] })).toEqual([]);
    expect(schedules.get(name)!.runs.length).toBeGreaterThan(0);
  });

  const cases = PLANTED.map(([name, county, plant, code, records]) => ({ name, county, plant, code, records }));
  it.each(cases)('catches $name', ({ county, plant, code, records }) => {
    const bad = copy(schedules.get(county)!);
    plant(bad);
    const found = validateSchedule(bad, { records: (records ?? ((d) => d))(COUNTIES[county]) });
    expect(found.map((v) => v.code)).toContain(code);
  });
});
