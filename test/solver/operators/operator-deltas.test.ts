import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInstance } from '../../../src/solver/problem/instance.js';
import { Exchange } from '../../../src/solver/operators/exchange.js';
import type { NodeOperator } from '../../../src/solver/operators/node-operator.js';
import { ChangeVehicle } from '../../../src/solver/operators/change-vehicle.js';
import { SwapStar } from '../../../src/solver/operators/swap-star.js';
import { TwoOpt } from '../../../src/solver/operators/two-opt.js';
import { TwoOptStar } from '../../../src/solver/operators/two-opt-star.js';
import { RouteState } from '../../../src/solver/search/route-state.js';
import { Random } from '../../../src/solver/search/random.js';
import { evaluateRoute } from '../../../src/solver/solution/route-evaluation.js';
import { randomProblem, randomRoutes, type RandomProblemOptions } from '../../helpers/solver-fixtures.js';

/** Penalised cost of every route, recomputed from scratch (not from the search state). */
function recomputedCost(state: RouteState): number {
  let sum = 0;
  for (const r of state.exportRoutes()) {
    const f = evaluateRoute(state.inst, r.type, r.clients);
    sum += f.baseCost + state.loadPenalty * f.excessLoad + state.timePenalty * f.excessTimeS;
  }
  return sum;
}

const VARIANTS: readonly [string, RandomProblemOptions][] = [
  ['capacity only', { nbClients: 14 }],
  ['time windows', { nbClients: 14, timeWindows: true }],
  ['ride times, open routes, two types', { nbClients: 14, rideTimes: true, openRoutes: true, nbTypes: 2, count: 3 }],
  ['everything, duration cost and ride weight', { nbClients: 12, timeWindows: true, rideTimes: true, openRoutes: true, nbTypes: 3, count: 2, maxDurationS: 900, unitDurationCost: 0.5, rideTimeWeight: 0.01 }],
];

function stateFor(seed: number, opts: RandomProblemOptions): RouteState {
  const inst = compileInstance(randomProblem(seed, opts));
  const state = new RouteState(inst);
  const rng = new Random(seed + 7);
  state.loadPenalty = 1 + rng.int(20);
  state.timePenalty = 0.5 + rng.int(5);
  const maxRoutes = Math.min(state.nbRoutes, 5);
  state.load(randomRoutes(seed + 1, inst.nbClients, inst.types.nbTypes, maxRoutes));
  return state;
}

function operatorsOf(state: RouteState): NodeOperator[] {
  const pairs = [[1, 0], [2, 0], [3, 0], [1, 1], [2, 1], [2, 2]] as const;
  return [...pairs.map(([n, m]) => new Exchange(state, n, m)), new TwoOpt(state), new TwoOptStar(state)];
}

describe('operator deltas', () => {
  describe.each(VARIANTS)('on random routes with %s', (_name, opts) => {
    it('every node operator evaluates exactly the cost change its apply causes', () => {
      let applied = 0;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 60, maxLength: 60 }), (seed, pairs) => {
          const state = stateFor(seed, opts);
          const ops = operatorsOf(state);
          for (const [i, [a, b]] of pairs.entries()) {
            const op = ops[i % ops.length]!;
            // clients mostly, start depots sometimes (insertions at a route's start, empty routes)
            const u = a % (state.inst.nbClients + 4);
            const v = b % (state.inst.nbClients + 4);
            if (u >= state.inst.nbClients && v >= state.inst.nbClients) continue;
            const node = (k: number) => (k < state.inst.nbClients ? k : state.startNode(k - state.inst.nbClients));
            const delta = op.evaluate(node(u), node(v));
            if (!Number.isFinite(delta)) continue;
            const before = recomputedCost(state);
            op.apply(node(u), node(v));
            applied++;
            const after = recomputedCost(state);
            expect(after - before).toBeCloseTo(delta, 6);
            expect(state.totalCost()).toBeCloseTo(after, 6);
          }
        }),
        { numRuns: 40 },
      );
      // the property must have exercised real moves, not only rejections
      expect(applied).toBeGreaterThan(100);
    });

    it('SWAP* evaluates exactly the cost change of the move it applies', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
          const state = stateFor(seed, opts);
          const op = new SwapStar(state);
          for (let ru = 0; ru < state.nbRoutes; ru++) {
            for (let rv = 0; rv < state.nbRoutes; rv++) {
              if (ru === rv) continue;
              const delta = op.evaluate(ru, rv);
              if (!Number.isFinite(delta)) continue;
              const before = recomputedCost(state);
              op.apply(ru, rv);
              expect(recomputedCost(state) - before).toBeCloseTo(delta, 6);
            }
          }
        }),
        { numRuns: 25 },
      );
    });
  });

  it('moving a whole route onto another vehicle type costs exactly what change-vehicle evaluates', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const state = stateFor(seed, VARIANTS[3]![1]);
        const op = new ChangeVehicle(state);
        for (let r = 0; r < state.nbRoutes; r++) {
          for (let e = 0; e < state.nbRoutes; e++) {
            const delta = op.evaluate(r, e);
            if (!Number.isFinite(delta)) continue;
            const before = recomputedCost(state);
            op.apply(r, e);
            applied++;
            expect(recomputedCost(state) - before).toBeCloseTo(delta, 6);
          }
        }
      }),
      { numRuns: 25 },
    );
    expect(applied).toBeGreaterThan(10);
  });

  it('rejects moves that do not apply with Infinity', () => {
    const state = stateFor(3, { nbClients: 6 });
    const relocate = new Exchange(state, 1, 0);
    const first = state.next[state.startNode(0)]!;
    expect(relocate.evaluate(state.startNode(0), first)).toBe(Infinity);
    expect(relocate.evaluate(first, state.prev[first]!)).toBe(Infinity);
    expect(new TwoOptStar(state).evaluate(first, first)).toBe(Infinity);
  });
});
