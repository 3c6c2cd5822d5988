import { upsertInsurance } from '../../compliance/index.js';
import { findInsurance } from '../../db/repositories/compliance-lookup.repository.js';
import { listInsurance } from '../../db/repositories/compliance-records.repository.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { vehicleVisibility, visibleVehicle } from '../queries/visible-fleet.js';
import { IdParams } from '../schemas/common.schemas.js';
import { InsuranceBody, InsuranceList, InsuranceOut, InsuranceQuery, insuranceOut } from '../schemas/insurance.schemas.js';

/** Insurance policies: read by coordinators, inspectors and the vehicle's operator; written by coordinators and the vehicle's operator. */
export const insuranceRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/insurance', operationId: 'listInsurance', tag: 'compliance', access: ['coordinator', 'inspector', 'operator'],
    summary: 'Insurance policies, optionally of one vehicle (an operator token sees its own vehicles\').',
    query: InsuranceQuery,
    success: { status: 200, description: 'the policies', schema: InsuranceList },
    handle: async ({ query }, ctx) => {
      const visible = await vehicleVisibility(ctx);
      const items = (await listInsurance(ctx.db, ctx.countyId))
        .filter((p) => visible(p.vehicleId) && (query.vehicleId === undefined || p.vehicleId === query.vehicleId));
      return { items: items.map(insuranceOut) };
    },
  }),
  defineEndpoint({
    method: 'put', path: '/api/v1/insurance/{id}', operationId: 'putInsurance', tag: 'compliance', access: ['coordinator', 'operator'],
    summary: 'Create (new id) or replace a vehicle\'s insurance policy; recorded in the audit log.',
    description: 'An operator token writes policies of its own vehicles only (404 otherwise, for the vehicle and for a policy id of another operator). A policy cannot move to another vehicle (409). One transaction with its audit entry.',
    params: IdParams,
    body: InsuranceBody,
    success: { status: 200, description: 'the policy as stored', schema: InsuranceOut },
    problems: ['conflict'],
    handle: async ({ params, body }, ctx) => {
      await visibleVehicle(ctx, body.vehicleId);
      const existing = await findInsurance(ctx.db, params.id);
      if (existing !== undefined) {
        const visible = await vehicleVisibility(ctx);
        ctx.scope.ensureVisible(existing, (p) => p.countyId === ctx.countyId && visible(p.vehicleId), `insurance policy ${params.id}`);
      }
      return insuranceOut(await upsertInsurance(ctx.db, ctx.scope.actor, { id: params.id, ...body }));
    },
  }),
];
