import { issuePlate } from '../../compliance/index.js';
import { findPlate } from '../../db/repositories/compliance-lookup.repository.js';
import { listPlates } from '../../db/repositories/compliance-records.repository.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { vehicleVisibility, visibleVehicle } from '../queries/visible-fleet.js';
import { IdParams } from '../schemas/common.schemas.js';
import { IssuePlateBody, PlateList, PlateOut, PlateQuery, plateOut } from '../schemas/plate.schemas.js';

/** Plates (校车标牌): read by coordinators, inspectors and the vehicle's operator; issued by coordinators and inspectors. */
export const platesRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/plates', operationId: 'listPlates', tag: 'plates', access: ['coordinator', 'inspector', 'operator'],
    summary: 'School-transport plates, optionally of one vehicle or in one status (an operator token sees its own vehicles\').',
    query: PlateQuery,
    success: { status: 200, description: 'the plates', schema: PlateList },
    handle: async ({ query }, ctx) => {
      const visible = await vehicleVisibility(ctx);
      const items = (await listPlates(ctx.db, ctx.countyId))
        .filter((p) => visible(p.vehicleId) && (query.vehicleId === undefined || p.vehicleId === query.vehicleId) && (query.status === undefined || p.status === query.status));
      return { items: items.map(plateOut) };
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/plates/{id}', operationId: 'getPlate', tag: 'plates', access: ['coordinator', 'inspector', 'operator'],
    summary: 'One plate: vehicle, driver, route, times, stops, issuing unit, validity and status (404 for another operator\'s token).',
    params: IdParams,
    success: { status: 200, description: 'the plate', schema: PlateOut },
    handle: async ({ params }, ctx) => {
      const visible = await vehicleVisibility(ctx);
      return plateOut(ctx.scope.ensureVisible(await findPlate(ctx.db, params.id), (p) => p.countyId === ctx.countyId && visible(p.vehicleId), `plate ${params.id}`));
    },
  }),
  defineEndpoint({
    method: 'post', path: '/api/v1/plates', operationId: 'issuePlate', tag: 'plates', access: ['coordinator', 'inspector'],
    summary: 'Issue a plate after every issuance condition is checked as of its first day.',
    description: 'Refused with 409 `conflict` listing every reason in `errors` (each with its reason `code`): inspection, rectifications, insurance, driver, overlapping plate, number in use, a plate outlasting the inspection (校车安全管理条例 art. 14, 16, 23).',
    body: IssuePlateBody,
    success: { status: 201, description: 'the issued plate', schema: PlateOut },
    problems: ['conflict'],
    handle: async ({ body }, ctx) => {
      await visibleVehicle(ctx, body.vehicleId);
      const plate = await issuePlate(ctx.db, ctx.scope.actor, body);
      ctx.setHeader('Location', `/api/v1/plates/${encodeURIComponent(plate.id)}`);
      return plateOut(plate);
    },
  }),
];
