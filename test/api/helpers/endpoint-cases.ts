import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/tables/index.js';
import type { Principal } from './api-harness.js';

/** A concrete request for one endpoint of the table, and the exact status each principal must get. */
export interface EndpointCase {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * A concrete path; objects belong to school-1 / op-1, the scope of `school` / `operator`. `{published}`,
   * `{draft}` and `{job}` stand for the stored schedule fixture's ids (`ApiHarness.path`).
   */
  readonly path: string;
  /** A valid body for writes: JSON (sent as `application/json`), or a string sent as `contentType`. */
  readonly body?: unknown;
  /** Media type of a string body (default `application/json`). */
  readonly contentType?: string;
  /**
   * Puts the target back into a state where the write succeeds, before each principal's request, so
   * that every row asserts the access rule and not the previous principal's effect (a plate suspended
   * twice would answer 409).
   */
  readonly reset?: (db: Kysely<Database>) => Promise<void>;
  readonly expect: Readonly<Record<Principal, number>>;
}

const PUBLIC = { anonymous: 200, coordinator: 200, inspector: 200, operator: 200, otherOperator: 200, school: 200, otherSchool: 200 } as const;
const SIGNED_IN = { ...PUBLIC, anonymous: 401 } as const;
/** A school-owned object: another school's token gets 404. */
const OWN_SCHOOL = { ...SIGNED_IN, otherSchool: 404 } as const;
/** Fleet lists: schools may not ask; another operator gets its own (filtered) list. */
const FLEET_LIST = { ...SIGNED_IN, school: 403, otherSchool: 403 } as const;
/** An operator-owned object: another operator's token gets 404. */
const OWN_FLEET = { ...FLEET_LIST, otherOperator: 404 } as const;
/** A write only coordinators and inspectors make (success status given). */
const inspectorWrite = (ok: number) => ({ anonymous: 401, coordinator: ok, inspector: ok, operator: 403, otherOperator: 403, school: 403, otherSchool: 403 }) as const;
/** A write only coordinators make. */
const COORDINATOR_WRITE = { ...inspectorWrite(200), inspector: 403 } as const;

const DATE = '2026-12-04';
/** A school's own timetable: coordinators and inspectors read any school's, a school its own; operators never. */
const SCHOOL_TIMETABLE = { ...OWN_SCHOOL, operator: 403, otherOperator: 403 } as const;
/** Coordinators and inspectors only. */
const OVERSIGHT_READ = { ...inspectorWrite(200) } as const;
/** Puts the fixture's versions back: version 1 published, the others drafts, and plate-1 active (publishing re-validates). */
const resetVersions = async (db: Kysely<Database>): Promise<void> => {
  await setPlate(db, { status: 'active' });
  await db.updateTable('schedule').set({ status: 'draft', published_at: null, published_by: null }).execute();
  await db.updateTable('schedule').set({ status: 'published' }).where('version', '=', 1).execute();
};
const setPlate = (db: Kysely<Database>, changes: { status: string; valid_to?: string }) =>
  db.updateTable('plate').set({ status_reason: '', valid_to: '2027-09-15', ...changes }).where('id', '=', 'plate-1').execute();
const STATUS_CHANGE = { reason: 'brake warning light on', effectiveOn: DATE };
const DRIVERS_CSV = [
  'id,county_id,operator_id,display_name,licence_class,birth_date,licensed_since,school_transport_endorsed',
  'd-csv,999001,op-1,驾驶员 CSV,B1,1985-06-01,2008-01-01,true',
].join('\n');

/**
 * The role-by-endpoint matrix, one row per `operationId` of `API_ENDPOINTS`. A test fails when the
 * table and the endpoint list differ, so a new endpoint cannot ship without its row. The rule it pins
 * down: no token → 401; a role the endpoint never serves → 403; an object outside the token's school or
 * operator → 404 (as if it did not exist); lists are filtered, never refused, by scope.
 */
export const ENDPOINT_CASES: Readonly<Record<string, EndpointCase>> = {
  health: { method: 'GET', path: '/health', expect: PUBLIC },
  getMe: { method: 'GET', path: '/api/v1/me', expect: SIGNED_IN },
  ready: { method: 'GET', path: '/ready', expect: PUBLIC },
  openApiDocument: { method: 'GET', path: '/openapi.json', expect: PUBLIC },
  docs: { method: 'GET', path: '/docs', expect: PUBLIC },
  getCounty: { method: 'GET', path: '/api/v1/county', expect: SIGNED_IN },
  listPlaces: { method: 'GET', path: '/api/v1/places?kind=village_stop', expect: SIGNED_IN },
  getPlace: { method: 'GET', path: '/api/v1/places/v-1', expect: SIGNED_IN },
  getNetwork: { method: 'GET', path: '/api/v1/network', expect: SIGNED_IN },
  listSchools: { method: 'GET', path: '/api/v1/schools', expect: SIGNED_IN },
  getSchool: { method: 'GET', path: '/api/v1/schools/school-1', expect: OWN_SCHOOL },
  listStudents: {
    method: 'GET', path: '/api/v1/students?school=school-1&needsRide=true',
    expect: { anonymous: 401, coordinator: 200, inspector: 403, operator: 403, otherOperator: 403, school: 403, otherSchool: 403 },
  },
  listOperators: { method: 'GET', path: '/api/v1/operators', expect: FLEET_LIST },
  listVehicles: { method: 'GET', path: '/api/v1/vehicles?kind=bus', expect: FLEET_LIST },
  getVehicle: { method: 'GET', path: '/api/v1/vehicles/bus-1', expect: OWN_FLEET },
  listDrivers: { method: 'GET', path: '/api/v1/drivers', expect: FLEET_LIST },
  getDriver: { method: 'GET', path: '/api/v1/drivers/d-1', expect: OWN_FLEET },
  updateDriver: {
    method: 'PATCH', path: '/api/v1/drivers/d-1', body: { schoolTransportEndorsed: true },
    expect: { ...OWN_FLEET, inspector: 403 },
  },
  getFleetCompliance: { method: 'GET', path: `/api/v1/compliance?date=${DATE}&expiringDays=30`, expect: FLEET_LIST },
  getVehicleCompliance: { method: 'GET', path: `/api/v1/vehicles/bus-1/compliance?date=${DATE}`, expect: OWN_FLEET },
  getDriverCompliance: { method: 'GET', path: `/api/v1/drivers/d-1/compliance?date=${DATE}&expiringDays=0`, expect: OWN_FLEET },
  listChecklist: { method: 'GET', path: '/api/v1/checklist', expect: FLEET_LIST },
  listInspections: { method: 'GET', path: '/api/v1/inspections?vehicleId=bus-1', expect: FLEET_LIST },
  getInspection: { method: 'GET', path: '/api/v1/inspections/i-1', expect: OWN_FLEET },
  recordInspection: {
    method: 'POST', path: '/api/v1/inspections',
    body: { vehicleId: 'bus-1', inspectedOn: '2026-12-01', inspector: '检查员', items: [{ itemCode: 'brakes', outcome: 'pass' }] },
    expect: inspectorWrite(201),
  },
  listRectifications: { method: 'GET', path: '/api/v1/rectifications?status=closed&vehicleId=bus-1', expect: FLEET_LIST },
  closeRectification: {
    method: 'POST', path: '/api/v1/rectifications/rect-2/close', body: { inspectionId: 'i-b2-2' },
    reset: async (db) => void (await db.updateTable('rectification').set({ status: 'open', closed_on: null, closed_by_inspection_id: null }).where('id', '=', 'rect-2').execute()),
    expect: inspectorWrite(200),
  },
  listPlates: { method: 'GET', path: '/api/v1/plates?status=active', expect: FLEET_LIST },
  getPlate: { method: 'GET', path: '/api/v1/plates/plate-1', expect: OWN_FLEET },
  issuePlate: {
    method: 'POST', path: '/api/v1/plates',
    body: {
      plateNo: 'TEST-BOAT', vehicleId: 'boat-1', driverId: 'd-2', route: '码头—三村', operatingFrom: '14:00', operatingTo: '18:00',
      stops: ['pier-1', 'v-3'], issuingUnit: '小县教育局', validFrom: DATE, validTo: '2027-02-28', issuedOn: DATE,
    },
    reset: async (db) => void (await db.deleteFrom('plate').where('plate_no', '=', 'TEST-BOAT').execute()),
    expect: inspectorWrite(201),
  },
  renewPlate: {
    method: 'POST', path: '/api/v1/plates/plate-1/renew', body: { validTo: '2027-03-01', renewedOn: DATE },
    reset: async (db) => void (await setPlate(db, { status: 'active', valid_to: '2027-01-31' })),
    expect: inspectorWrite(200),
  },
  suspendPlate: {
    method: 'POST', path: '/api/v1/plates/plate-1/suspend', body: STATUS_CHANGE,
    reset: async (db) => void (await setPlate(db, { status: 'active' })),
    expect: inspectorWrite(200),
  },
  revokePlate: {
    method: 'POST', path: '/api/v1/plates/plate-1/revoke', body: STATUS_CHANGE,
    reset: async (db) => void (await setPlate(db, { status: 'active' })),
    expect: COORDINATOR_WRITE,
  },
  reinstatePlate: {
    method: 'POST', path: '/api/v1/plates/plate-1/reinstate', body: { reason: 'brakes repaired and re-inspected', effectiveOn: DATE },
    // Reinstatement re-checks issuance as of the date; the term was fixed at issuance (see the service).
    reset: async (db) => void (await setPlate(db, { status: 'suspended' })),
    expect: COORDINATOR_WRITE,
  },
  changePlateDriver: {
    method: 'POST', path: '/api/v1/plates/plate-1/change-driver', body: { driverId: 'd-1', effectiveOn: DATE },
    reset: async (db) => void (await setPlate(db, { status: 'active' })),
    expect: inspectorWrite(200),
  },
  listInsurance: { method: 'GET', path: '/api/v1/insurance?vehicleId=bus-1', expect: FLEET_LIST },
  putInsurance: {
    method: 'PUT', path: '/api/v1/insurance/ins-1',
    body: { vehicleId: 'bus-1', kind: 'carrier_liability', insurer: '保险公司', policyNo: 'P-1', validFrom: '2026-01-01', validTo: '2026-12-31' },
    expect: { ...OWN_FLEET, inspector: 403 },
  },
  importCsv: { method: 'POST', path: '/api/v1/imports/drivers', body: DRIVERS_CSV, contentType: 'text/csv', expect: COORDINATOR_WRITE },
  generateSchedule: {
    method: 'POST', path: '/api/v1/schedules', body: { friday: DATE, params: { routingTimeLimitS: 0.1, chainingTimeLimitS: 0.1 } },
    expect: { ...COORDINATOR_WRITE, coordinator: 202 },
  },
  listSchedules: { method: 'GET', path: `/api/v1/schedules?friday=${DATE}`, expect: SIGNED_IN },
  // A schedule belongs to the county: every role reads a published version, cut to its school or vehicles.
  getSchedule: { method: 'GET', path: '/api/v1/schedules/{published}', expect: SIGNED_IN },
  exportScheduleJson: { method: 'GET', path: '/api/v1/schedules/{published}/export.json', expect: SIGNED_IN },
  getSchedulePaths: { method: 'GET', path: '/api/v1/schedules/{published}/paths', expect: SIGNED_IN },
  exportScheduleGtfs: { method: 'GET', path: '/api/v1/schedules/{published}/gtfs.zip', expect: OVERSIGHT_READ },
  validateSchedule: { method: 'POST', path: '/api/v1/schedules/{draft}/validate', expect: OVERSIGHT_READ },
  diffSchedule: { method: 'GET', path: '/api/v1/schedules/{draft}/diff', expect: OVERSIGHT_READ },
  publishSchedule: { method: 'POST', path: '/api/v1/schedules/{draft}/publish', reset: resetVersions, expect: COORDINATOR_WRITE },
  replanSchedule: {
    method: 'POST', path: '/api/v1/schedules/{published}/replan', body: { event: { kind: 'weather', date: DATE, weather: 'rain' }, timeLimitS: 0.5 },
    reset: resetVersions, expect: { ...COORDINATOR_WRITE, coordinator: 201 },
  },
  getJob: { method: 'GET', path: '/api/v1/jobs/{job}', expect: { ...COORDINATOR_WRITE } },
  getSchoolTimetable: { method: 'GET', path: `/api/v1/schools/school-1/timetable?friday=${DATE}`, expect: SCHOOL_TIMETABLE },
  getSchoolTimetableCsv: { method: 'GET', path: `/api/v1/schools/school-1/timetable.csv?friday=${DATE}`, expect: SCHOOL_TIMETABLE },
  getSchoolTimetableIcs: { method: 'GET', path: `/api/v1/schools/school-1/timetable.ics?friday=${DATE}`, expect: SCHOOL_TIMETABLE },
  listRuns: { method: 'GET', path: `/api/v1/runs?friday=${DATE}`, expect: FLEET_LIST },
};
