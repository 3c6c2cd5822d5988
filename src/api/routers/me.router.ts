import { z } from 'zod';
import { CountyId } from '../../domain/county.js';
import { Role, ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { ApiProblem } from '../http/api-problem.js';

const Me = z.object({
  tokenId: z.string(),
  role: Role,
  countyId: CountyId,
  schoolId: z.string().nullable().meta({ description: 'set for a school token' }),
  operatorId: z.string().nullable().meta({ description: 'set for an operator token' }),
}).meta({ id: 'Me' });

/** Who the bearer token is: the web pages ask this once at sign-in to show what the role may see. */
export const meRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/me', operationId: 'getMe', tag: 'system', access: ROLES,
    summary: 'The role and scope (school or operator) of the bearer token.',
    success: { status: 200, description: 'the token\'s identity', schema: Me },
    handle: async (_input, ctx) => {
      const auth = ctx.scope.auth;
      if (auth === undefined) throw new ApiProblem('unauthorized', 'send Authorization: Bearer <token>');
      ctx.setHeader('Cache-Control', 'no-store');
      return { tokenId: auth.tokenId, role: auth.role, countyId: auth.countyId, schoolId: auth.schoolId ?? null, operatorId: auth.operatorId ?? null };
    },
  }),
];
