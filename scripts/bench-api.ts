/**
 * `npm run bench:api [-- --rate 500] [-- --duration 10] [-- --connections 50] [-- --data DIR] [-- --json]`:
 * the HTTP API under a fixed offered load. A server is started in this process on loopback against
 * the county dataset imported into an in-memory PGlite; autocannon (in a worker thread, so the load
 * generator does not share the server's event loop) offers `--rate` requests per second to each row
 * of `BENCH_ROWS` for `--duration` seconds, after a 2-second warm-up. Latencies are corrected for
 * coordinated omission (autocannon's default at a fixed rate). Progress goes to stderr; stdout holds
 * only the table (or, with `--json`, one JSON object per row).
 *
 * How autocannon holds the rate: each connection gets `rate / connections` requests per second and
 * sends them back to back at the start of each second, then waits; the connections start together, so
 * the offered load arrives as one burst of `rate` requests per second, not evenly spaced. That is a
 * harsher pattern than steady arrivals (more connections, sharper bursts), so p50/p99 are pessimistic.
 * The load generator and the server share the machine's cores: on a small machine the figures are
 * an upper bound on latency, and noisy.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { z } from 'zod';
import { SUICHANG_COUNTY_ID } from '../src/domain/county.js';
import { BENCH_ROWS, type BenchRowSpec } from './bench-api/api-bench-rows.js';
import { startBenchServer, type BenchServer } from './bench-api/bench-server.js';
import { printLoadRows, type LoadRow } from './bench-api/load-result-table.js';

const Args = z.object({
  rate: z.coerce.number().int().min(1).max(100_000).default(500),
  duration: z.coerce.number().int().min(1).max(600).default(10),
  connections: z.coerce.number().int().min(1).max(1000).default(50),
  data: z.string().min(1).default('data/suichang'),
  json: z.boolean().default(false),
});

const log = (message: string): void => void process.stderr.write(`${message}\n`);

function parseFlags(): z.infer<typeof Args> {
  const { values } = parseArgs({
    options: { rate: { type: 'string' }, duration: { type: 'string' }, connections: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  return Args.parse(values);
}

/** Offers the rate to one row for the duration (after a warm-up that fills caches and the JIT). */
async function measure(bench: BenchServer, row: BenchRowSpec, args: z.infer<typeof Args>): Promise<LoadRow> {
  const path = row.path(bench.fixture);
  const options = { url: bench.server.url + path, connections: args.connections, overallRate: args.rate, workers: 1, headers: bench.headers[row.principal], timeout: 10 };
  await autocannon({ ...options, duration: 2 });
  const r = await autocannon({ ...options, duration: args.duration });
  const out: LoadRow = {
    endpoint: row.name, path, offeredRps: args.rate, achievedRps: r.requests.total / r.duration,
    p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max, requests: r.requests.total, errors: r.non2xx + r.errors + r.timeouts,
  };
  log(`${row.name}: ${out.achievedRps.toFixed(0)} req/s, p50 ${out.p50Ms} ms, p99 ${out.p99Ms} ms, ${out.errors} errors`);
  return out;
}

async function main(): Promise<void> {
  const args = parseFlags();
  const bench = await startBenchServer(args.data, SUICHANG_COUNTY_ID, log);
  log(`serving ${bench.server.url}; ${args.rate} req/s for ${args.duration} s per row over ${args.connections} connections`);
  const rows: LoadRow[] = [];
  try {
    for (const row of BENCH_ROWS) rows.push(await measure(bench, row, args));
  } finally {
    await bench.server.shutdown('bench done');
  }
  printLoadRows(rows, args.json);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
