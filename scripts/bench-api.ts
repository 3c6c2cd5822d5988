/**
 * `npm run bench:api [-- --rate 500] [-- --duration 10] [-- --connections 50] [-- --arrivals steady|burst|both] [-- --data DIR] [-- --json]`:
 * the HTTP API under a fixed offered load. A server is started in this process on loopback against
 * the county dataset imported into an in-memory PGlite; each row of `BENCH_ROWS` gets `--rate`
 * requests per second for `--duration` seconds, after a 2-second warm-up, in two arrival patterns:
 * `steady` (evenly spaced, open loop, from a child process: `bench-api/steady-load.ts`, at most
 * `--connections` sockets) and `burst` (autocannon in a worker thread, described below). Latencies are
 * measured from when each request was due (no coordinated omission). Progress goes to stderr; stdout
 * holds only the table (or, with `--json`, one JSON object per row).
 *
 * How autocannon holds the rate: each connection gets `rate / connections` requests per second and
 * sends them back to back at the start of each second, then waits; the connections start together, so
 * the offered load arrives as one burst of `rate` requests per second, not evenly spaced. That is a
 * harsher pattern than steady arrivals (more connections, sharper bursts), so p50/p99 are pessimistic.
 * The load generator and the server share the machine's cores: on a small machine the figures are
 * an upper bound on latency, and noisy.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
  arrivals: z.enum(['steady', 'burst', 'both']).default('both'),
  json: z.boolean().default(false),
});

/** What the steady load generator prints. */
const SteadyResult = z.object({ latenciesMs: z.object({ p50: z.number(), p99: z.number(), max: z.number() }), requests: z.number(), errors: z.number(), seconds: z.number() });
const STEADY = fileURLToPath(new URL('./bench-api/steady-load.ts', import.meta.url));

const log = (message: string): void => void process.stderr.write(`${message}\n`);

function parseFlags(): z.infer<typeof Args> {
  const { values } = parseArgs({
    options: { rate: { type: 'string' }, duration: { type: 'string' }, connections: { type: 'string' }, data: { type: 'string' }, arrivals: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  return Args.parse(values);
}

/** Offers the rate to one row for the duration in bursts (autocannon; after a warm-up that fills caches and the JIT). */
async function measureBurst(bench: BenchServer, row: BenchRowSpec, args: z.infer<typeof Args>): Promise<LoadRow> {
  const path = row.path(bench.fixture);
  const options = { url: bench.server.url + path, connections: args.connections, overallRate: args.rate, workers: 1, headers: bench.headers[row.principal], timeout: 10 };
  await autocannon({ ...options, duration: 2 });
  const r = await autocannon({ ...options, duration: args.duration });
  const out: LoadRow = {
    endpoint: row.name, arrivals: 'burst', path, offeredRps: args.rate, achievedRps: r.requests.total / r.duration,
    p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max, requests: r.requests.total, errors: r.non2xx + r.errors + r.timeouts,
  };
  log(`${row.name} (burst): ${out.achievedRps.toFixed(0)} req/s, p50 ${out.p50Ms} ms, p99 ${out.p99Ms} ms, ${out.errors} errors`);
  return out;
}

/** Offers the rate to one row with evenly spaced arrivals, from a child process (after a 2-second warm-up). */
async function measureSteady(bench: BenchServer, row: BenchRowSpec, args: z.infer<typeof Args>): Promise<LoadRow> {
  const path = row.path(bench.fixture);
  const headers = Object.entries(bench.headers[row.principal]).flatMap(([k, v]) => ['--header', `${k}: ${v}`]);
  const run = async (duration: number) => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', STEADY, '--url', bench.server.url + path, '--rate', String(args.rate), '--duration', String(duration), '--sockets', String(args.connections), ...headers]);
    return SteadyResult.parse(JSON.parse(stdout));
  };
  await run(2);
  const r = await run(args.duration);
  const out: LoadRow = {
    endpoint: row.name, arrivals: 'steady', path, offeredRps: args.rate, achievedRps: r.requests / r.seconds,
    p50Ms: r.latenciesMs.p50, p99Ms: r.latenciesMs.p99, maxMs: r.latenciesMs.max, requests: r.requests, errors: r.errors,
  };
  log(`${row.name} (steady): ${out.achievedRps.toFixed(0)} req/s, p50 ${out.p50Ms.toFixed(1)} ms, p99 ${out.p99Ms.toFixed(1)} ms, ${out.errors} errors`);
  return out;
}

async function main(): Promise<void> {
  const args = parseFlags();
  const bench = await startBenchServer(args.data, SUICHANG_COUNTY_ID, log);
  log(`serving ${bench.server.url}; ${args.rate} req/s for ${args.duration} s per row over ${args.connections} connections`);
  const rows: LoadRow[] = [];
  try {
    for (const row of BENCH_ROWS) {
      if (args.arrivals !== 'burst') rows.push(await measureSteady(bench, row, args));
      if (args.arrivals !== 'steady') rows.push(await measureBurst(bench, row, args));
    }
  } finally {
    await bench.server.shutdown('bench done');
  }
  printLoadRows(rows, args.json);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
