import type { CsrAdjacency } from './bipartite-matching.js';
import type { ChainingProblem } from './chaining-problem.js';

/**
 * Whether trip `b` can follow trip `a` on the same vehicle: same vehicle kind, a road between `a`'s end
 * and `b`'s start, and time to drive it empty plus the turnaround before `b` starts. Trips of one group
 * may follow each other (a boat's later wave); those that run side by side fail the time test. Capacity
 * and duty limits are the vehicle's business (see `vehicle-assignment.ts`).
 */
export function canFollow(p: ChainingProblem, a: number, b: number): boolean {
  const ta = p.trips[a]!;
  const tb = p.trips[b]!;
  if (ta.kind !== tb.kind) return false;
  const dh = p.deadheadS[ta.endLoc * p.locCount + tb.startLoc]!;
  return dh >= 0 && ta.endS + dh + p.turnaroundS <= tb.startS;
}

/**
 * The "can follow" graph among the selected trips as a CSR adjacency over positions 0 … k − 1 of
 * `selected` (left = predecessor, right = successor).
 */
export function followGraph(p: ChainingProblem, selected: Int32Array): CsrAdjacency {
  const k = selected.length;
  const offsets = new Int32Array(k + 1);
  let edges = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (canFollow(p, selected[i]!, selected[j]!)) edges++;
  const targets = new Int32Array(edges);
  let e = 0;
  for (let i = 0; i < k; i++) {
    offsets[i] = e;
    for (let j = 0; j < k; j++) if (canFollow(p, selected[i]!, selected[j]!)) targets[e++] = j;
  }
  offsets[k] = e;
  return { leftCount: k, rightCount: k, offsets, targets };
}
