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

/** The cache key of a status body: what, on which date, with which look-ahead. */
const keyOf = (what: string, query: { date: string; expiringDays?: number | undefined }): string => `${what}|${query.date}|${query.expiringDays ?? ''}`;

/**
 * Compliance status on a date, computed by `src/compliance` from the stored records. The records and
 * the bodies are cached (`ComplianceCache`): reloaded after every write through this server, and at
 * least every 2 s. Coordinators and inspectors see every vehicle and driver, an operator its own;
 * schools may not ask.
 */
export const complianceRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/compliance', operationId: 'getFleetCompliance', tag: 'compliance', access: READERS,
    summary: 'State (compliant, expiring, non_compliant) and every reason of each vehicle and driver on a date (an operator token sees its own).',
    query: ComplianceQuery,
    success: { status: 200, description: 'the fleet\'s standing on the date', schema: FleetComplianceOut },
    handle: ({ query }, ctx) => {
      // The body depends on the scope only through the operator filter: one body per operator, one for all.
      const scopeKey = ctx.scope.operatorFilter ?? '*';
      return ctx.compliance.body(keyOf(`fleet|${scopeKey}`, query), () => loadComplianceRecords(ctx.db, ctx.countyId), (records) =>
        fleetComplianceOut(fleetStatus(records, query.date, optionsOf(query)), (operatorId) => ctx.scope.canSeeOperator(operatorId)));
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
      return ctx.compliance.body(keyOf(`vehicle|${params.id}`, query), () => loadComplianceRecords(ctx.db, ctx.countyId), (records) =>
        vehicleComplianceOut(vehicleStatus(records, params.id, query.date, optionsOf(query))));
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
      return ctx.compliance.body(keyOf(`driver|${params.id}`, query), () => loadComplianceRecords(ctx.db, ctx.countyId), (records) =>
        driverComplianceOut(driverStatus(records, params.id, query.date, optionsOf(query))));
    },
  }),
];
