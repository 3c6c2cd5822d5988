import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ENDPOINTS } from '../../src/api/api-endpoints.js';
import { defineEndpoint } from '../../src/api/endpoint/endpoint.js';
import { Problem } from '../../src/api/http/problem.js';
import { startHarness, type ApiHarness } from './helpers/api-harness.js';

/** A row that fails the way a bug would: the 500 path must exist and reveal nothing. */
const boom = defineEndpoint({
  method: 'get', path: '/test/boom', operationId: 'testBoom', tag: 'test', access: 'public', summary: 'throws',
  success: { status: 200, description: 'never', schema: z.object({}) },
  handle: async () => {
    throw new Error('secret internal detail');
  },
});

async function problemOf(res: Response): Promise<Problem> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = Problem.parse(await res.json());
  expect(problem.status).toBe(res.status);
  expect(problem.requestId).toBe(res.headers.get('x-request-id'));
  expect(problem.type).toBe(`/docs#problem-${problem.code}`);
  return problem;
}

describe('problem responses', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness('pglite', { endpoints: [...API_ENDPOINTS, boom], limits: { bodyBytes: 1024, rate: { perToken: 1e6, perAnonymous: 1e6 } } });
  });
  afterAll(async () => {
    await api.close();
  });

  const patch = (body: string, contentType = 'application/json') =>
    api.request('coordinator', '/api/v1/drivers/d-1', { method: 'PATCH', headers: { 'content-type': contentType }, body });

  it('answers a missing token with 401 and a Bearer challenge', async () => {
    const res = await api.request('anonymous', '/api/v1/schools');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="weekend-shuttle"');
    expect((await problemOf(res)).code).toBe('unauthorized');
  });

  it('lists every schema violation with its path', async () => {
    const res = await api.request('coordinator', '/api/v1/students?page=0&needsRide=yes&colour=red');
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.code).toBe('invalid_input');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['query', 'query.needsRide', 'query.page']);
  });

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await patch('{"displayName": ');
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('malformed_json');
  });

  it('answers a body over the limit with 413 payload_too_large', async () => {
    const res = await patch(JSON.stringify({ displayName: 'x'.repeat(5000) }));
    expect(res.status).toBe(413);
    expect((await problemOf(res)).code).toBe('payload_too_large');
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await patch('displayName=x', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect((await problemOf(res)).code).toBe('unsupported_media_type');
  });

  it('answers an unknown path with 404 and a known path with another method with 405 and Allow', async () => {
    const missing = await api.request('coordinator', '/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).code).toBe('not_found');
    const wrong = await api.request('coordinator', '/api/v1/drivers/d-1', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, PATCH');
    expect((await problemOf(wrong)).code).toBe('method_not_allowed');
  });

  it('answers an unexpected error with a 500 that reveals nothing and logs it with the request id', async () => {
    const res = await api.request('anonymous', '/test/boom', { headers: { 'x-request-id': 'trace-500' } });
    expect(res.status).toBe(500);
    const problem = await problemOf(res);
    expect(problem.code).toBe('internal');
    expect(JSON.stringify(problem)).not.toContain('secret internal detail');
    const line = api.logLines.find((l) => l.includes('"trace-500"') && l.includes('unexpected error'));
    expect(line).toContain('secret internal detail');
  });

  it('keeps a plain X-Request-Id and replaces one that is not', async () => {
    const kept = await api.request('anonymous', '/health', { headers: { 'x-request-id': 'abc-123.x:y' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123.x:y');
    const replaced = await api.request('anonymous', '/health', { headers: { 'x-request-id': 'has spaces {and} braces' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends helmet security headers and no X-Powered-By', async () => {
    const res = await api.request('anonymous', '/docs');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
