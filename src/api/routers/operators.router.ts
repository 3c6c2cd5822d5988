import { listOperators } from '../../db/repositories/fleet.repository.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { OperatorList, operatorOut } from '../schemas/fleet.schemas.js';

/** Operators: coordinators and inspectors see all, an operator only itself; schools may not ask. */
export const operatorsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/operators', operationId: 'listOperators', tag: 'fleet', access: ['coordinator', 'inspector', 'operator'],
    summary: 'Transport operators under contract (an operator token sees only itself).',
    success: { status: 200, description: 'the operators', schema: OperatorList },
    handle: async (_input, ctx) => ({
      items: (await listOperators(ctx.db, ctx.countyId)).filter((o) => ctx.scope.canSeeOperator(o.id)).map(operatorOut),
    }),
  }),
];
