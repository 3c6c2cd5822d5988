/** One benchmark row: a matrix on a graph, our time against graphology's (scaled from a sample). */
export interface BenchRow {
  readonly graph: string;
  readonly nodes: number;
  /** Matrix side (size × size entries). */
  readonly size: number;
  /** Our wall-clock seconds for the whole matrix; null when not run. */
  readonly oursS: number | null;
  /** graphology's seconds per source × size; null when not run. */
  readonly graphologyS: number | null;
  /** graphologyS / oursS. */
  readonly ratio: number | null;
}

const fmt = (v: number | null, digits: number): string => (v === null ? '-' : v.toFixed(digits));

/** Prints rows as an aligned table, or with `json` as one JSON object per line and nothing else. */
export function printRows(rows: readonly BenchRow[], json: boolean): void {
  if (json) {
    for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const cells = [
    ['graph', 'nodes', 'size', 'ours (s)', 'graphology (s)', 'ratio'],
    ...rows.map((r) => [r.graph, String(r.nodes), `${r.size}x${r.size}`, fmt(r.oursS, 3), fmt(r.graphologyS, 1), fmt(r.ratio, 0)]),
  ];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]): string => row.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
  process.stdout.write(`${line(cells[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of cells.slice(1)) process.stdout.write(`${line(row)}\n`);
}
