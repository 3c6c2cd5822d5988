import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInstance } from '../../../src/solver/problem/instance.js';
import { Exchange } from '../../../src/solver/operators/exchange.js';
import type { NodeOperator } from '../../../src/solver/operators/node-operator.js';
import { TwoOptStar } from '../../../src/solver/operators/two-opt-star.js';
import { ProblemData } from '../../../src/solver/problem/problem-data.js';
import { RouteState } from '../../../src/solver/search/route-state.js';
import { Random } from '../../../src/solver/search/random.js';
import { euclideanMatrix, randomProblem, randomRoutes, type RandomProblemOptions } from '../../helpers/solver-fixtures.js';

/**
 * Easy to check by hand: routes run from depot 0 (x = 0) to depot 1 (x = 100) on a line; route A serves
 * client 0 at x = 95, route B client 1 at x = 90, each 100 long. Serving both on B (0 → 90 → 95 → 100)
 * and leaving A empty saves 100: the empty route's 100 from depot to depot is not a cost.
 */
function twoDepotLine(): RouteState {
  const xs = [0, 100, 95, 90];
  const m = euclideanMatrix(xs, xs.map(() => 0));
  const data = new ProblemData({
    depots: [{}, {}],
    clients: [{ demand: 1, maxRideTimeS: 10_000 }, { demand: 1, maxRideTimeS: 10_000 }],
    vehicleTypes: [{ count: 2, capacity: 5, startDepot: 0, endDepot: 1 }],
    distanceMatrices: [m],
    durationMatrices: [m],
  });
  const s = new RouteState(compileInstance(data));
  s.load([{ type: 0, clients: [0] }, { type: 0, clients: [1] }]);
  return s;
}

/** Distance-only costs (no ride weight, no duration cost), so the operators' pruning bound is in use. */
const VARIANTS: readonly [string, RandomProblemOptions][] = [
  ['closed routes with ride limits', { nbClients: 12, rideTimes: true, count: 4, fixedCost: 500 }],
  ['closed routes with time windows', { nbClients: 12, timeWindows: true, count: 4, nbTypes: 2 }],
  ['closed routes from two depots with ride limits', { nbClients: 12, nbDepots: 2, rideTimes: true, count: 3, nbTypes: 2, maxDurationS: 1500 }],
  ['open and closed routes with ride limits', { nbClients: 12, rideTimes: true, openRoutes: true, count: 3, nbTypes: 2 }],
];

function state(seed: number, opts: RandomProblemOptions): RouteState {
  const s = new RouteState(compileInstance(randomProblem(seed, opts)));
  const rng = new Random(seed + 11);
  s.loadPenalty = 1 + rng.int(50);
  s.timePenalty = 0.5 + rng.int(5);
  s.load(randomRoutes(seed + 3, s.inst.nbClients, s.inst.types.nbTypes, Math.min(s.nbRoutes, 5)));
  return s;
}

type PrunableOperator = NodeOperator & { prune: boolean };

function pairOf(s: RouteState, build: (p: RouteState) => PrunableOperator[]): { pruned: PrunableOperator[]; exact: PrunableOperator[] } {
  const pruned = build(s);
  for (const op of pruned) op.prune = true;
  return { pruned, exact: build(s) };
}

const build = (s: RouteState): PrunableOperator[] => [
  ...([[1, 0], [2, 0], [3, 0], [1, 1], [2, 1], [2, 2]] as const).map(([n, m]) => new Exchange(s, n, m)),
  new TwoOptStar(s),
];

describe('pruning bound of the node operators', () => {
  it.each(VARIANTS)('on %s, a pruned evaluation is the exact delta or a non-negative lower bound of it', (_name, opts) => {
    let bounded = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const s = state(seed, opts);
        expect(s.inst.distanceOnlyCost).toBe(true);
        const { pruned, exact } = pairOf(s, build);
        const C = s.inst.nbClients;
        const node = (k: number) => (k < C ? k : s.startNode(k - C));
        for (let a = 0; a < C + 3; a++) {
          for (let b = 0; b < C + 3; b++) {
            if (a >= C && b >= C) continue;
            pruned.forEach((op, i) => {
              const p = op.evaluate(node(a), node(b));
              const e = exact[i]!.evaluate(node(a), node(b));
              if (!Number.isFinite(e)) return expect(p).toBe(e);
              if (p < 0) return expect(p).toBeCloseTo(e, 6);
              if (p !== e) bounded++;
              expect(e).toBeGreaterThanOrEqual(p - 1e-6);
            });
          }
        }
      }),
      { numRuns: 30 },
    );
    expect(bounded).toBeGreaterThan(0);
  });

  it('does not prune emptying a route whose start and end depots differ (relocate and 2-opt*)', () => {
    const s = twoDepotLine();
    const relocate = new Exchange(s, 1, 0);
    relocate.prune = true;
    expect(relocate.evaluate(0, 1)).toBe(-100);
    const twoOptStar = new TwoOptStar(s);
    twoOptStar.prune = true;
    expect(twoOptStar.evaluate(s.startNode(0), 1)).toBe(-100);
  });
});
