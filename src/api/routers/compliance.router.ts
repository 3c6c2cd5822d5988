import { driverStatus, fleetStatus, vehicleStatus, type StatusOptions } from '../../compliance/index.js';
import { loadComplianceRecords } from '../../db/load-compliance-records.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { visibleDriver, visibleVehicle } from '../queries/visible-fleet.js';
import { IdParams } from '../schemas/common.schemas.js';
import {
  ComplianceQuery, DriverComplianceOut, FleetComplianceOut, VehicleComplianceOut, driverComplianceOut, fleetComplianceOut, vehicleComplianceOut,
} from '../schemas/compliance.schemas.js';

const READERS = ['coordinator', 'inspector', 'operator'] as const;

const optionsOf = (query: { expiringDays?: number | undefined }): StatusOptions =>
  query.expiringDays === undefined ? {} : { expiringWithinDays: query.expiringDays };

/**
 * Compliance status on a date, computed by `src/compliance` from the stored records (never cached: a
 * suspension must show at once). Coordinators and inspectors see every vehicle and driver, an operator
 * its own; schools may not ask.
 */
export const complianceRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/compliance', operationId: 'getFleetCompliance', tag: 'compliance', access: READERS,
    summary: 'State (compliant, expiring, non_compliant) and every reason of each vehicle and driver on a date (an operator token sees its own).',
    query: ComplianceQuery,
    success: { status: 200, description: 'the fleet\'s standing on the date', schema: FleetComplianceOut },
    handle: async ({ query }, ctx) => {
      const status = fleetStatus(await loadComplianceRecords(ctx.db, ctx.countyId), query.date, optionsOf(query));
      return fleetComplianceOut(status, (operatorId) => ctx.scope.canSeeOperator(operatorId));
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/vehicles/{id}/compliance', operationId: 'getVehicleCompliance', tag: 'compliance', access: READERS,
    summary: 'One vehicle\'s state, reasons, current plate and eligible drivers on a date (404 for another operator\'s token).',
    params: IdParams,
    query: ComplianceQuery,
    success: { status: 200, description: 'the vehicle\'s standing on the date', schema: VehicleComplianceOut },
    handle: async ({ params, query }, ctx) => {
      await visibleVehicle(ctx, params.id);
      return vehicleComplianceOut(vehicleStatus(await loadComplianceRecords(ctx.db, ctx.countyId), params.id, query.date, optionsOf(query)));
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/drivers/{id}/compliance', operationId: 'getDriverCompliance', tag: 'compliance', access: READERS,
    summary: 'One driver\'s state and reasons on a date: endorsement, age 25-60, 3 years of driving (404 for another operator\'s token).',
    params: IdParams,
    query: ComplianceQuery,
    success: { status: 200, description: 'the driver\'s standing on the date', schema: DriverComplianceOut },
    handle: async ({ params, query }, ctx) => {
      await visibleDriver(ctx, params.id);
      return driverComplianceOut(driverStatus(await loadComplianceRecords(ctx.db, ctx.countyId), params.id, query.date, optionsOf(query)));
    },
  }),
];
