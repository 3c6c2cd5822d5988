import type { Dataset } from '../../../src/dataset/dataset.js';
import { tinyCounty } from '../../helpers/fixtures/tiny-county.js';

/** County code of the tiny county. */
export const COUNTY = 999001;

/**
 * "Tiny county" plus a second school (`school-2`, gate `gate-2`) and a second operator (`op-2` with
 * `bus-2` and driver `d-3`), so that every scope rule has an object inside and one outside the scope:
 * tokens of school-1 / op-1 own the objects the matrix targets; tokens of school-2 / op-2 must not see them.
 *
 * Compliance on the demo Friday 2026-12-04: bus-1 (plate-1, driver d-1) and boat-1 (no plate yet) pass
 * every issuance condition (bus-1 also gets the compulsory traffic policy `ins-t1` a bus needs); bus-2
 * failed its brakes on 2026-10-01 (`i-b2-1`, rectification `rect-2`) and passed a re-inspection on
 * 2026-10-10 (`i-b2-2`), which closed `rect-2`.
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
    insurance: [...d.insurance, { id: 'ins-t1', countyId: COUNTY, vehicleId: 'bus-1', kind: 'compulsory_traffic', insurer: '保险公司', policyNo: 'T-1', validFrom: '2026-01-01', validTo: '2026-12-31' }],
    inspections: [
      ...d.inspections,
      { id: 'i-b2-1', countyId: COUNTY, vehicleId: 'bus-2', inspectedOn: '2026-10-01', inspector: '检查员', passed: false, note: '' },
      { id: 'i-b2-2', countyId: COUNTY, vehicleId: 'bus-2', inspectedOn: '2026-10-10', inspector: '检查员', passed: true, note: 're-inspection' },
    ],
    inspectionItems: [
      ...d.inspectionItems,
      { inspectionId: 'i-b2-1', itemCode: 'brakes', outcome: 'fail', note: 'worn pads' },
      { inspectionId: 'i-b2-2', itemCode: 'brakes', outcome: 'pass', note: '' },
    ],
    rectifications: [...d.rectifications, {
      id: 'rect-2', countyId: COUNTY, vehicleId: 'bus-2', inspectionId: 'i-b2-1', itemCode: 'brakes', dueOn: '2026-10-16',
      status: 'closed', closedOn: '2026-10-10', closedByInspectionId: 'i-b2-2', note: '',
    }],
  };
}
