/** One measured row of the API benchmark. */
export interface LoadRow {
  readonly endpoint: string;
  /** How requests arrive: evenly spaced, or each second's requests in one burst (autocannon). */
  readonly arrivals: 'steady' | 'burst';
  readonly path: string;
  /** Requests per second offered (the fixed rate). */
  readonly offeredRps: number;
  /** Requests per second completed, averaged over the run. */
  readonly achievedRps: number;
  /** Latency percentiles, ms (corrected for coordinated omission). */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Completed requests. */
  readonly requests: number;
  /** Non-2xx answers + socket errors + timeouts. */
  readonly errors: number;
}

/** Prints rows as an aligned table, or with `json` as one JSON object per line and nothing else. */
export function printLoadRows(rows: readonly LoadRow[], json: boolean): void {
  if (json) {
    for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const cells = [
    ['endpoint', 'arrivals', 'offered/s', 'achieved/s', 'p50 ms', 'p99 ms', 'max ms', 'requests', 'errors'],
    ...rows.map((r) => [r.endpoint, r.arrivals, String(r.offeredRps), r.achievedRps.toFixed(0), r.p50Ms.toFixed(1), r.p99Ms.toFixed(1), r.maxMs.toFixed(0), String(r.requests), String(r.errors)]),
  ];
  const header = cells[0] ?? [];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((v, c) => (c === 0 ? v.padEnd(widths[c] ?? 0) : v.padStart(widths[c] ?? 0))).join('  ');
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of cells.slice(1)) process.stdout.write(`${line(row)}\n`);
}
