import type { Dataset } from '../../../src/dataset/dataset.js';
import { tinyCounty } from '../../helpers/fixtures/tiny-county.js';

/** County code of the tiny county. */
export const COUNTY = 999001;

/**
 * "Tiny county" plus a second school (`school-2`, gate `gate-2`) and a second operator (`op-2` with
 * `bus-2` and driver `d-3`), so that every scope rule has an object inside and one outside the scope:
 * tokens of school-1 / op-1 own the objects the matrix targets; tokens of school-2 / op-2 must not see them.
 */
export function twoScopeCounty(): Dataset {
  const d = tinyCounty();
  const t = d.townships[0]?.id ?? '999001001';
  return {
    ...d,
    places: [...d.places, { id: 'gate-2', countyId: COUNTY, kind: 'school_gate', nameZh: '二小', townshipId: t, lon: 119.15, lat: 28.05, access: 'road', villageCode: null }],
    schools: [...d.schools, { id: 'school-2', countyId: COUNTY, nameZh: '二小', level: 'middle', townshipId: t, gatePlaceId: 'gate-2', boarders: 1, runsShuttle: false, nameSource: 'synthetic' }],
    schoolWindows: [...d.schoolWindows, { schoolId: 'school-2', countyId: COUNTY, direction: 'home', dayOffset: 0, earliest: '15:00', latest: '16:30', preference: 1 }],
    students: [...d.students, { id: 'S0000005', countyId: COUNTY, schoolId: 'school-2', grade: 8, homePlaceId: 'v-2', needsRide: true, currentlyRides: true }],
    operators: [...d.operators, { id: 'op-2', countyId: COUNTY, nameZh: '二号客运', licenceNo: 'LIC-2' }],
    vehicles: [...d.vehicles, {
      id: 'bus-2', countyId: COUNTY, kind: 'bus', registrationNo: '浙K·T0002', approvedCapacity: 33, operatorId: 'op-2', homeDepotPlaceId: 'depot-1',
      year: 2021, makeModel: 'test coach 2', status: 'active',
    }],
    drivers: [...d.drivers, {
      id: 'd-3', countyId: COUNTY, operatorId: 'op-2', displayName: '驾驶员 3', licenceClass: 'A1', birthDate: '1982-01-01', licensedSince: '2006-01-01', schoolTransportEndorsed: true,
    }],
  };
}
