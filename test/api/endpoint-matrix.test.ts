import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ENDPOINTS } from '../../src/api/api-endpoints.js';
import { engines } from '../helpers/test-database.js';
import { PRINCIPALS, startHarness, type ApiHarness } from './helpers/api-harness.js';
import { ENDPOINT_CASES } from './helpers/endpoint-cases.js';

describe('the endpoint table and the matrix', () => {
  it('has a matrix row for every endpoint and an endpoint for every row', () => {
    const ids = API_ENDPOINTS.map((e) => e.operationId).sort();
    expect(Object.keys(ENDPOINT_CASES).sort()).toEqual(ids);
  });

  it('targets each endpoint with its own method and path', () => {
    for (const e of API_ENDPOINTS) {
      const c = ENDPOINT_CASES[e.operationId];
      expect(c?.method, e.operationId).toBe(e.method.toUpperCase());
      const pattern = new RegExp(`^${e.path.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?.*)?$`);
      expect(c?.path, e.operationId).toMatch(pattern);
    }
  });
});

describe.each(engines())('role-by-endpoint matrix on %s', (engine) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness(engine, {}, { schedules: true });
  });
  afterAll(async () => {
    await api.close();
  });

  const rows = Object.entries(ENDPOINT_CASES).flatMap(([id, c]) => PRINCIPALS.map((p) => [id, p, c.expect[p]] as const));
  it.each(rows)('%s answers %s with %i', async (id, principal, status) => {
    const c = ENDPOINT_CASES[id];
    if (c === undefined) throw new Error(`no case ${id}`);
    await c.reset?.(api.db.db);
    const init: RequestInit = { method: c.method };
    if (c.body !== undefined) {
      init.body = typeof c.body === 'string' ? c.body : JSON.stringify(c.body);
      init.headers = { 'content-type': c.contentType ?? 'application/json' };
    }
    const res = await api.request(principal, api.path(c.path), init);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(status);
    if (status >= 400) {
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(text)).toMatchObject({ status, requestId: res.headers.get('x-request-id') });
    }
  });

  it('filters lists to the scope of a school or operator token', async () => {
    const ids = async (principal: 'otherSchool' | 'otherOperator' | 'operator', path: string) =>
      ((await (await api.request(principal, path)).json()) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(await ids('otherSchool', '/api/v1/schools')).toEqual(['school-2']);
    expect(await ids('otherOperator', '/api/v1/operators')).toEqual(['op-2']);
    expect(await ids('otherOperator', '/api/v1/vehicles')).toEqual(['bus-2']);
    expect(await ids('otherOperator', '/api/v1/drivers')).toEqual(['d-3']);
    expect(await ids('operator', '/api/v1/drivers?operator=op-2')).toEqual([]);
    expect(await ids('operator', '/api/v1/vehicles')).toEqual(['boat-1', 'bus-1']);
  });

  it('answers an object outside the scope exactly like a missing one', async () => {
    const outside = await (await api.request('otherOperator', '/api/v1/drivers/d-1')).json() as { detail: string; code: string };
    const missing = await (await api.request('otherOperator', '/api/v1/drivers/no-such-driver')).json() as { detail: string; code: string };
    expect(outside.code).toBe('not_found');
    expect(missing.code).toBe('not_found');
    expect(outside.detail.replace('d-1', 'X')).toBe(missing.detail.replace('no-such-driver', 'X'));
  });
});
