import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ENDPOINTS } from '../../src/api/api-endpoints.js';
import { defineEndpoint } from '../../src/api/endpoint/endpoint.js';
import { startServer } from '../../src/api/server.js';
import { openTestDb } from '../helpers/test-database.js';

const events: string[] = [];
let markStarted: () => void = () => undefined;
const started = new Promise<void>((resolve) => {
  markStarted = resolve;
});

/** A request that takes a while, to be in flight when the server is told to stop. */
const slow = defineEndpoint({
  method: 'get', path: '/test/slow', operationId: 'testSlow', tag: 'test', access: 'public', summary: 'answers after 400 ms',
  success: { status: 200, description: 'done', schema: z.object({ done: z.literal(true) }) },
  handle: async () => {
    markStarted();
    await new Promise((resolve) => setTimeout(resolve, 400));
    events.push('slow answered');
    return { done: true as const };
  },
});

describe('startServer', () => {
  it('finishes in-flight requests, refuses new ones, runs the shutdown hooks, then closes the database', async () => {
    const db = await openTestDb('pglite', 'empty');
    const close = db.close;
    const server = await startServer({
      db: { ...db, close: async () => { events.push('db closed'); await close(); } },
      port: 0, countyId: 999001, logger: pino({ level: 'silent' }), handleSignals: false, endpoints: [...API_ENDPOINTS, slow],
    });
    server.onShutdown(async () => void events.push('hook'));
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    const inFlight = fetch(`${server.url}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await started;
    const stopped = server.shutdown('test');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();

    expect(await inFlight).toEqual({ status: 200, body: { done: true } });
    await stopped;
    expect(events).toEqual(['slow answered', 'hook', 'db closed']);
    await server.shutdown('again');
    expect(events).toHaveLength(3);
  });
});
