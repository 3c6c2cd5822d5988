import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const STEADY = fileURLToPath(new URL('../../scripts/bench-api/steady-load.ts', import.meta.url));

describe('bench:api steady load generator', () => {
  it('sends rate × duration requests with the given headers, counts non-2xx answers as errors, and reports ordered percentiles', async () => {
    const seen: IncomingHttpHeaders[] = [];
    let n = 0;
    const server = createServer((req, res) => {
      seen.push(req.headers);
      n += 1;
      res.statusCode = n % 10 === 0 ? 503 : 200;
      res.end('ok');
    });
    await new Promise<void>((go) => server.listen(0, '127.0.0.1', go));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', STEADY, '--url', url, '--rate', '200', '--duration', '0.5', '--sockets', '4', '--header', 'authorization: Bearer t0k']);
      const r = JSON.parse(stdout) as { latenciesMs: { p50: number; p99: number; max: number }; requests: number; errors: number };
      expect(r.requests).toBe(100);
      expect(n).toBe(100);
      expect(r.errors).toBe(10);
      expect(seen.every((h) => h.authorization === 'Bearer t0k')).toBe(true);
      expect(r.latenciesMs.p50).toBeGreaterThanOrEqual(0);
      expect(r.latenciesMs.p50).toBeLessThanOrEqual(r.latenciesMs.p99);
      expect(r.latenciesMs.p99).toBeLessThanOrEqual(r.latenciesMs.max);
    } finally {
      await new Promise<void>((go) => server.close(() => go()));
    }
  });

  it('refuses a malformed flag with a message naming it', async () => {
    await expect(promisify(execFile)(process.execPath, ['--import', 'tsx', STEADY, '--url', 'not a url', '--rate', '10', '--duration', '1'])).rejects.toMatchObject({ stderr: expect.stringMatching(/url/i) });
  });
});
