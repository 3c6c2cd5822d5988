import { z } from 'zod';
import { updateDriver } from '../../compliance/index.js';
import { listDrivers } from '../../db/repositories/fleet.repository.js';
import { EntityId } from '../../domain/entity-id.js';
import { Forbidden } from '../../domain/errors.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { findDriver } from '../queries/fleet-lookup.js';
import { IdParams } from '../schemas/common.schemas.js';
import { visibleDriver } from '../queries/visible-fleet.js';
import { DriverList, DriverOut, DriverPatch, driverOut } from '../schemas/fleet.schemas.js';

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
    summary: 'Change a driver\'s name, licence class, endorsement or dates (coordinators also the operator); recorded in the audit log.',
    description: 'Runs the compliance `updateDriver` service: the driver is validated as a whole after the change, in one transaction with its audit entry; a failure changes nothing. An operator token changes its own drivers only (404 otherwise) and may not move one to another operator (403).',
    params: IdParams,
    body: DriverPatch,
    success: { status: 200, description: 'the driver after the change', schema: DriverOut },
    handle: async ({ params, body }, ctx) => {
      // Checked before the lookup, so the answer says nothing about whether the driver exists.
      if (body.operatorId !== undefined && ctx.scope.role !== 'coordinator' && body.operatorId !== ctx.scope.operatorFilter) throw new Forbidden('only a coordinator may move a driver to another operator');
      await visibleDriver(ctx, params.id);
      const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      return driverOut(await updateDriver(ctx.db, ctx.scope.actor, { driverId: params.id, changes }));
    },
  }),
];
