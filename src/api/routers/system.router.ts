import { z } from 'zod';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { renderDocsPage } from '../docs/docs-page.js';
import { ApiProblem } from '../http/api-problem.js';
import { checkReadiness } from '../system/readiness.js';

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
const Ready = z.object({ status: z.literal('ready'), database: z.literal('ok'), migrations: z.literal('applied') }).meta({ id: 'Ready' });

/** Liveness, readiness, the OpenAPI document and the docs page: the only endpoints without a token. */
export const systemRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/health', operationId: 'health', tag: 'system', access: 'public',
    summary: 'Liveness: the process answers (no database access).',
    success: { status: 200, description: 'alive', schema: Health },
    handle: async () => ({ status: 'ok' as const }),
  }),
  defineEndpoint({
    method: 'get', path: '/ready', operationId: 'ready', tag: 'system', access: 'public',
    summary: 'Readiness: the database answers and every migration is applied; 503 while draining for shutdown.',
    success: { status: 200, description: 'ready to serve', schema: Ready },
    problems: ['unavailable'],
    handle: async (_input, ctx) => {
      if (ctx.draining) throw new ApiProblem('unavailable', 'the server is shutting down');
      const r = await checkReadiness(ctx.db);
      if (r.database !== 'ok') throw new ApiProblem('unavailable', 'the database does not answer');
      if (r.pendingMigrations.length > 0) throw new ApiProblem('unavailable', `migrations not applied: ${r.pendingMigrations.join(', ')}`);
      return { status: 'ready' as const, database: 'ok' as const, migrations: 'applied' as const };
    },
  }),
  defineEndpoint({
    method: 'get', path: '/openapi.json', operationId: 'openApiDocument', tag: 'system', access: 'public',
    summary: 'This API as an OpenAPI 3.1 document, generated from the same zod schemas that validate requests.',
    success: { status: 200, description: 'the OpenAPI document', schema: z.record(z.string(), z.unknown()) },
    handle: async (_input, ctx) => ctx.openApiDocument() as Record<string, unknown>,
  }),
  defineEndpoint({
    method: 'get', path: '/docs', operationId: 'docs', tag: 'system', access: 'public',
    summary: 'A readable page of every operation, its roles, parameters and problem codes.',
    success: { status: 200, description: 'HTML', contentType: 'text/html', schema: z.string() },
    handle: async (_input, ctx) => renderDocsPage(ctx.openApiDocument()),
  }),
];
