/**
 * An open-loop load generator with evenly spaced arrivals, run as a child process of `bench:api` (so it
 * shares no event loop with the server): request k is due at start + k / rate, whatever happened to
 * earlier ones, and its latency is measured from that due time, not from when it could be sent (no
 * coordinated omission). Keep-alive sockets, at most `--sockets` at once; a request due while all are
 * busy waits for one, and the wait counts in its latency.
 *
 * `tsx scripts/bench-api/steady-load.ts --url URL --rate N --duration S [--sockets N] [--header 'k: v' …]`
 * prints one JSON object: `{ latenciesMs: { p50, p99, max }, requests, errors, seconds }`.
 */
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const Flags = z.object({
  url: z.url(),
  rate: z.coerce.number().int().min(1).max(100_000),
  duration: z.coerce.number().min(0.1).max(600),
  sockets: z.coerce.number().int().min(1).max(1000).default(64),
  header: z.array(z.string().regex(/^[^:]+:.*$/, 'a header is "name: value"')).default([]),
});

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, rate: { type: 'string' }, duration: { type: 'string' }, sockets: { type: 'string' }, header: { type: 'string', multiple: true } }, strict: true });
  const flags = Flags.parse(values);
  const headers = Object.fromEntries(flags.header.map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]));
  const agent = new Agent({ keepAlive: true, maxSockets: flags.sockets });
  const total = Math.round(flags.rate * flags.duration);
  const latencies = new Float64Array(total);
  let done = 0;
  let errors = 0;
  const start = performance.now() + 50;
  const send = (k: number): void => {
    const due = start + (k * 1000) / flags.rate;
    const finish = (ok: boolean): void => {
      latencies[done++] = performance.now() - due;
      if (!ok) errors += 1;
    };
    const req = request(flags.url, { agent, headers }, (res) => {
      res.resume();
      res.once('end', () => finish(res.statusCode !== undefined && res.statusCode < 300));
      res.once('error', () => finish(false));
    });
    req.once('error', () => finish(false));
    req.end();
  };
  await new Promise<void>((resolveAll) => {
    let next = 0;
    const tick = (): void => {
      const now = performance.now();
      while (next < total && start + (next * 1000) / flags.rate <= now) send(next++);
      if (next < total) setTimeout(tick, Math.max(0, start + (next * 1000) / flags.rate - performance.now()));
      else {
        const wait = (): void => {
          if (done >= total) resolveAll();
          else setTimeout(wait, 5);
        };
        wait();
      }
    };
    setTimeout(tick, 50);
  });
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.slice(0, done).sort();
  process.stdout.write(`${JSON.stringify({ latenciesMs: { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: percentile(sorted, 1) }, requests: done, errors, seconds })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
