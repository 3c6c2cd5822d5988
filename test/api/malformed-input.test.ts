import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ENDPOINTS } from '../../src/api/api-endpoints.js';
import type { AnyEndpoint } from '../../src/api/endpoint/endpoint.js';
import { Problem } from '../../src/api/http/problem.js';
import { engines } from '../helpers/test-database.js';
import { PRINCIPALS, startHarness, type ApiHarness, type Principal } from './helpers/api-harness.js';

/** Percent-encodes when possible; lone surrogates cannot be encoded, so they go raw (fetch escapes them). */
const enc = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
};

const RAW_SEGMENTS = ['%', '%E0%A4%A', '%zz', '..', '%2F', '%00', '%20', 'a'.repeat(300), 'S0000001', 'd-1', 'school-1', '%F0%9F%98%80'];
/** Path segments: random text, encodings that break, and ids that exist (`known`: the stored schedule versions and job). */
const segmentOf = (known: readonly string[] = []) =>
  fc.oneof(fc.string().map(enc), fc.string({ unit: 'grapheme' }).map(enc), fc.string({ unit: 'binary' }).map(enc), fc.constantFrom(...RAW_SEGMENTS, ...known));
const segment = segmentOf();

function queryKeys(e: AnyEndpoint): string[] {
  const shape = (e.query as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

const queryOf = (e: AnyEndpoint) => {
  const key = fc.oneof(fc.constantFrom(...queryKeys(e), 'page', 'x'), fc.string().map(enc), fc.constantFrom('a[b]', '__proto__', 'constructor'));
  const value = fc.oneof(fc.string().map(enc), fc.constantFrom('', 'true', 'false', '0', '-1', '1e3', '9999999999', 'null', '%zz', 'pier', '999001001', '2026-12-04', '2026-12-05', '2026-02-30'));
  return fc.array(fc.tuple(key, value), { maxLength: 4 }).map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));
};

const BODY_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'text/plain', 'application/merge-patch+json',
  'application/x-www-form-urlencoded', 'text/csv', 'text/csv; charset=utf-8', 'text/csv; charset=latin1', 'text/csv; charset=x-unknown',
];
/** Field names of the write bodies, so generated objects reach past "unknown key" into the field checks. */
const BODY_KEYS = [
  'displayName', 'licenceClass', 'schoolTransportEndorsed', 'id', 'operatorId', 'birthDate', 'vehicleId', 'inspectedOn', 'inspector', 'items',
  'inspectionId', 'plateNo', 'driverId', 'stops', 'validFrom', 'validTo', 'issuedOn', 'renewedOn', 'reason', 'effectiveOn', 'kind', 'policyNo',
  'friday', 'conditions', 'params',
];
/** CSV-like bodies: a dataset header with random rows, ragged rows, quotes. */
const csvBody = fc.tuple(
  fc.constantFrom('id,county_id,operator_id,display_name,licence_class,birth_date,licensed_since,school_transport_endorsed', 'id,county_id,vehicle_id', 'a,b', ''),
  fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('999001', '331123', 'op-1', 'bus-1', 'true', '2026-12-04', '"', '""')), { maxLength: 9 }).map((cells) => cells.join(',')), { maxLength: 4 }),
).map(([header, rows]) => [header, ...rows].join('\n'));
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.dictionary(fc.constantFrom(...BODY_KEYS), fc.jsonValue()).map((o) => JSON.stringify(o)),
  fc.constantFrom('{', '{"displayName":', '[]', 'null', '""', '{"__proto__":{"x":1}}', ' '),
  csvBody,
);

interface Attempt { principal: Principal; path: string; body?: string; contentType?: string | undefined }

const attemptOf = (e: AnyEndpoint, known: readonly string[]) => {
  const params = e.path.match(/\{[^}]+\}/g) ?? [];
  const segment = segmentOf(known);
  return fc.record({
    principal: fc.oneof({ weight: 4, arbitrary: fc.constant<Principal>('coordinator') }, { weight: 1, arbitrary: fc.constantFrom(...PRINCIPALS) }),
    segments: fc.array(segment, { minLength: params.length, maxLength: params.length }),
    query: queryOf(e),
    body: e.method === 'get' ? fc.constant(undefined) : fc.option(body, { nil: undefined }),
    contentType: fc.option(fc.constantFrom(...BODY_TYPES), { nil: undefined }),
  }).map((r): Attempt => {
    let i = 0;
    const path = e.path.replace(/\{[^}]+\}/g, () => r.segments[i++] ?? '') + r.query;
    return { principal: r.principal, path, ...(r.body === undefined ? {} : { body: r.body }), contentType: r.contentType };
  });
};

async function expectProblemOrSuccess(res: Response, label: string): Promise<void> {
  const text = await res.text();
  expect(res.status, `${label} → ${text.slice(0, 200)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), label).toMatch(/^application\/problem\+json/);
    const problem = Problem.parse(JSON.parse(text));
    expect(problem.status, label).toBe(res.status);
  }
}

describe.each(engines())('malformed input on %s', (engine) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness(engine, {}, { schedules: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it.each(API_ENDPOINTS.map((e) => [e.operationId, e] as const))('%s never answers 5xx and always answers problem+json', async (_id, e) => {
    await fc.assert(
      fc.asyncProperty(attemptOf(e, Object.values(api.schedules ?? {})), async (a) => {
        const headers: Record<string, string> = a.contentType === undefined ? {} : { 'content-type': a.contentType };
        const res = await api.request(a.principal, a.path, { method: e.method.toUpperCase(), headers, ...(a.body === undefined ? {} : { body: a.body }) });
        await expectProblemOrSuccess(res, `${e.method} ${a.path}`);
      }),
      { numRuns: 60 },
    );
  });

  it('answers any method on any path with a success or a problem, never 5xx', async () => {
    const methods = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD');
    const prefix = fc.constantFrom('/', '/api/v1/', '/api/v1/drivers/', '/api/v1/schools/', '/api/v2/', '/docs/', '/openapi.json/');
    await fc.assert(
      fc.asyncProperty(methods, prefix, segment, async (method, p, s) => {
        const res = await api.request('coordinator', p + s, { method });
        if (method === 'HEAD') expect(res.status).toBeLessThan(500);
        else await expectProblemOrSuccess(res, `${method} ${p}${s}`);
      }),
      { numRuns: 150 },
    );
  });

  it('treats any malformed Authorization or X-Request-Id header as a 401 problem, never 5xx', async () => {
    const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
    const authorization = fc.oneof(printable, printable.map((s) => `Bearer ${s}`), fc.constantFrom('Bearer', 'Bearer ', 'Basic abc', `Bearer wst_${'A'.repeat(43)}`, 'bearer  wst_x'));
    await fc.assert(
      fc.asyncProperty(authorization, printable, async (auth, requestId) => {
        const res = await fetch(`${api.base}/api/v1/places`, { headers: { authorization: auth, 'x-request-id': requestId } });
        expect([401, 200]).toContain(res.status);
        await expectProblemOrSuccess(res, auth);
        expect(res.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
      }),
      { numRuns: 150 },
    );
  });
});
