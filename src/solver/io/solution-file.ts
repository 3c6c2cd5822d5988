import { InvalidInput } from '../../domain/errors.js';

/** A solution as the CVRPLIB solution format holds it. */
export interface SolutionFile {
  /** Routes of client numbers as in the instance with the depot left out (the first client is 1). */
  readonly routes: readonly (readonly number[])[];
  readonly cost: number;
}

/**
 * Writes the CVRPLIB solution format: `Route #k: c1 c2 …` per route, then `Cost N`. Client numbers are
 * the instance's node numbers minus one, so the depot (node 1 in CVRPLIB, 0 in Solomon) is never written.
 * `decimals` is 0 for CVRPLIB costs and 2 for Solomon distances.
 */
export function writeSolution(solution: SolutionFile, decimals = 0): string {
  const lines = solution.routes.map((r, k) => `Route #${k + 1}: ${r.join(' ')}`);
  lines.push(`Cost ${solution.cost.toFixed(decimals)}`);
  return `${lines.join('\n')}\n`;
}

/** Reads a CVRPLIB solution file (routes and the cost line); throws InvalidInput on a malformed line. */
export function readSolution(text: string): SolutionFile {
  const routes: number[][] = [];
  let cost: number | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const route = /^Route\s*#\d+\s*:\s*(.*)$/i.exec(line);
    if (route) {
      const clients = route[1]!.trim() === '' ? [] : route[1]!.trim().split(/\s+/).map(Number);
      if (clients.some((c) => !Number.isInteger(c) || c < 1)) {
        throw new InvalidInput(`solution: line ${i + 1}: client numbers must be integers >= 1`);
      }
      routes.push(clients);
      return;
    }
    const c = /^Cost\s+(-?[\d.]+)$/i.exec(line);
    if (c) cost = Number(c[1]);
  });
  if (cost === undefined) throw new InvalidInput('solution: no `Cost` line');
  return { routes, cost };
}
