import type { Principal } from './api-harness.js';

/** A concrete request for one endpoint of the table, and the exact status each principal must get. */
export interface EndpointCase {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A concrete path; objects belong to school-1 / op-1, the scope of `school` / `operator`. */
  readonly path: string;
  /** A valid JSON body, for writes (idempotent, so the matrix can run it for every principal). */
  readonly body?: unknown;
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

/**
 * The role-by-endpoint matrix, one row per `operationId` of `API_ENDPOINTS`. A test fails when the
 * table and the endpoint list differ, so a new endpoint cannot ship without its row. The rule it pins
 * down: no token → 401; a role the endpoint never serves → 403; an object outside the token's school or
 * operator → 404 (as if it did not exist); lists are filtered, never refused, by scope.
 */
export const ENDPOINT_CASES: Readonly<Record<string, EndpointCase>> = {
  health: { method: 'GET', path: '/health', expect: PUBLIC },
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
};
