import { z } from 'zod';
import { listDrivers } from '../../db/repositories/fleet.repository.js';
import { EntityId } from '../../domain/entity-id.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { findDriver } from '../queries/fleet-lookup.js';
import { IdParams } from '../schemas/common.schemas.js';
import { DriverList, DriverOut, DriverPatch, driverOut } from '../schemas/fleet.schemas.js';
import { updateDriver } from '../writes/update-driver.js';

const DriverQuery = z.strictObject({ operator: EntityId.optional().meta({ description: 'only drivers of this operator' }) });

/** Drivers: read by coordinators, inspectors and their own operator; changed by coordinators and their own operator. */
export const driversRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/drivers', operationId: 'listDrivers', tag: 'fleet', access: ['coordinator', 'inspector', 'operator'],
    summary: 'Drivers and boat masters (an operator token sees only its own).',
    query: DriverQuery,
    success: { status: 200, description: 'the drivers', schema: DriverList },
    handle: async ({ query }, ctx) => ({
      items: (await listDrivers(ctx.db, ctx.countyId))
        .filter((d) => ctx.scope.canSeeOperator(d.operatorId) && (query.operator === undefined || d.operatorId === query.operator))
        .map(driverOut),
    }),
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/drivers/{id}', operationId: 'getDriver', tag: 'fleet', access: ['coordinator', 'inspector', 'operator'],
    summary: 'One driver (404 for another operator\'s token).',
    params: IdParams,
    success: { status: 200, description: 'the driver', schema: DriverOut },
    handle: async ({ params }, ctx) => {
      const found = await findDriver(ctx.db, ctx.countyId, params.id);
      return driverOut(ctx.scope.ensureVisible(found, (d) => ctx.scope.canSeeOperator(d.operatorId), `driver ${params.id}`));
    },
  }),
  defineEndpoint({
    method: 'patch', path: '/api/v1/drivers/{id}', operationId: 'updateDriver', tag: 'fleet', access: ['coordinator', 'operator'],
    summary: 'Change a driver\'s display name, licence class or school-transport endorsement; recorded in the audit log.',
    description: 'Runs in one transaction with its audit_log row: a failure changes nothing.',
    params: IdParams,
    body: DriverPatch,
    success: { status: 200, description: 'the driver after the change', schema: DriverOut },
    handle: async ({ params, body }, ctx) => {
      const driver = await updateDriver(ctx.db, {
        countyId: ctx.countyId, driverId: params.id, changes: body, actor: ctx.scope.actor,
        visible: (d) => ctx.scope.canSeeOperator(d.operatorId),
      });
      return driverOut(driver);
    },
  }),
];
