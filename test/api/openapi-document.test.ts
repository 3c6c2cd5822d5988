import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ENDPOINTS } from '../../src/api/api-endpoints.js';
import { pathParamNames } from '../../src/api/endpoint/path-pattern.js';
import { startHarness, type ApiHarness } from './helpers/api-harness.js';

interface Parameter { name: string; in: string; required?: boolean }
interface Operation { operationId: string; parameters?: Parameter[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; security?: unknown[]; 'x-roles': unknown }
interface Doc { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> } }

/** Every `$ref` string anywhere in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}

describe('the OpenAPI document and the docs page', () => {
  let api: ApiHarness;
  let doc: Doc;
  beforeAll(async () => {
    api = await startHarness('pglite');
    doc = (await (await api.request('anonymous', '/openapi.json')).json()) as Doc;
  });
  afterAll(async () => {
    await api.close();
  });

  it('is an OpenAPI 3.1 document with a bearer security scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes['bearerToken']).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  it('describes every route of the endpoint table, and nothing else', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`)).sort();
    expect(documented).toEqual(API_ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort());
  });

  it('gives each operation a unique id, its path parameters, its roles and its security', () => {
    const ids = new Set<string>();
    for (const e of API_ENDPOINTS) {
      const op = doc.paths[e.path]?.[e.method];
      expect(op?.operationId, e.path).toBe(e.operationId);
      ids.add(e.operationId);
      const pathParams = (op?.parameters ?? []).filter((p) => p.in === 'path');
      expect(pathParams.map((p) => p.name)).toEqual(pathParamNames(e.path));
      expect(pathParams.every((p) => p.required === true)).toBe(true);
      expect(op?.['x-roles']).toEqual(e.access === 'public' ? 'public' : [...e.access]);
      expect(op?.security).toEqual(e.access === 'public' ? [] : [{ bearerToken: [] }]);
      expect(Object.keys(op?.responses ?? {})).toContain(String(e.success.status));
      if (e.access !== 'public') expect(Object.keys(op?.responses ?? {})).toContain('401');
    }
    expect(ids.size).toBe(API_ENDPOINTS.length);
  });

  it('resolves every schema reference', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    }
  });

  it('documents error responses as problem+json', () => {
    const op = doc.paths['/api/v1/drivers/{id}']?.['patch'];
    for (const status of ['400', '401', '403', '404', '413', '415', '429']) {
      expect(op?.responses[status]?.content?.['application/problem+json']?.schema, status).toEqual({ $ref: '#/components/schemas/Problem' });
    }
  });

  it('serves a readable, script-free docs page listing every operation and problem code', async () => {
    const res = await api.request('anonymous', '/docs');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    for (const e of API_ENDPOINTS) expect(html).toContain(`id="op-${e.operationId}"`);
    for (const code of ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'rate_limited']) expect(html).toContain(`id="problem-${code}"`);
  });
});
