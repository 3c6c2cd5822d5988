import { z } from 'zod';
import { listVehicles } from '../../db/repositories/fleet.repository.js';
import { EntityId } from '../../domain/entity-id.js';
import { VehicleKind, VehicleStatus } from '../../domain/fleet.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { findVehicle } from '../queries/fleet-lookup.js';
import { IdParams } from '../schemas/common.schemas.js';
import { VehicleList, VehicleOut, vehicleOut } from '../schemas/fleet.schemas.js';

const VehicleQuery = z.strictObject({
  kind: VehicleKind.optional(),
  operator: EntityId.optional().meta({ description: 'only vehicles of this operator' }),
  status: VehicleStatus.optional(),
});

const FLEET_READERS = ['coordinator', 'inspector', 'operator'] as const;

/** Vehicles: coordinators and inspectors see all, an operator its own; schools may not ask. */
export const vehiclesRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/vehicles', operationId: 'listVehicles', tag: 'fleet', access: FLEET_READERS,
    summary: 'Coaches and boats with approved capacity (核载人数), filtered by kind, operator and status.',
    query: VehicleQuery,
    success: { status: 200, description: 'the vehicles', schema: VehicleList },
    handle: async ({ query }, ctx) => ({
      items: (await listVehicles(ctx.db, ctx.countyId))
        .filter((v) => ctx.scope.canSeeOperator(v.operatorId) &&
          (query.kind === undefined || v.kind === query.kind) &&
          (query.operator === undefined || v.operatorId === query.operator) &&
          (query.status === undefined || v.status === query.status))
        .map(vehicleOut),
    }),
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/vehicles/{id}', operationId: 'getVehicle', tag: 'fleet', access: FLEET_READERS,
    summary: 'One vehicle (404 for another operator\'s token).',
    params: IdParams,
    success: { status: 200, description: 'the vehicle', schema: VehicleOut },
    handle: async ({ params }, ctx) => {
      const found = await findVehicle(ctx.db, ctx.countyId, params.id);
      return vehicleOut(ctx.scope.ensureVisible(found, (v) => ctx.scope.canSeeOperator(v.operatorId), `vehicle ${params.id}`));
    },
  }),
];
