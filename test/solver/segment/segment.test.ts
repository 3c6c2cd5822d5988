import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInstance } from '../../../src/solver/problem/instance.js';
import { concat, DUR, FWD_RIDE, BWD_RIDE, SEG, TW, EARLY, FWD_SUM, BWD_SUM } from '../../../src/solver/segment/segment.js';
import { clientSegment, routeSegment } from '../../../src/solver/solution/route-evaluation.js';
import { randomProblem, randomRoutes } from '../../helpers/solver-fixtures.js';

describe('route segments', () => {
  it('give the same route whatever order the pieces are joined in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (seed, cut) => {
        const inst = compileInstance(randomProblem(seed, { nbClients: 9, timeWindows: true, rideTimes: true }));
        const clients = randomRoutes(seed, inst.nbClients, 1, 1)[0]!.clients;
        const n = inst.nbLocations;
        const dm = inst.dist[0]!;
        const tm = inst.dur[0]!;
        // left-to-right fold vs. a join of two separately built halves
        const k = cut % clients.length;
        const build = (cs: number[], out: Float64Array, o: number) => {
          clientSegment(inst, cs[0]!, out, o);
          for (let i = 1; i < cs.length; i++) {
            clientSegment(inst, cs[i]!, out, o + SEG);
            const e = (inst.nbDepots + cs[i - 1]!) * n + inst.nbDepots + cs[i]!;
            concat(out, o, out, o, out, o + SEG, dm[e]!, tm[e]!);
          }
        };
        const whole = new Float64Array(2 * SEG);
        build(clients, whole, 0);
        const halves = new Float64Array(4 * SEG);
        if (k === 0) return;
        build(clients.slice(0, k), halves, 0);
        build(clients.slice(k), halves, 2 * SEG);
        const e = (inst.nbDepots + clients[k - 1]!) * n + inst.nbDepots + clients[k]!;
        concat(halves, 0, halves, 0, halves, 2 * SEG, dm[e]!, tm[e]!);
        for (let f = 0; f < SEG; f++) expect(halves[f]).toBeCloseTo(whole[f]!, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('match a direct simulation: no warp when feasible, and ride times as driven', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const inst = compileInstance(randomProblem(seed, { nbClients: 6, timeWindows: true, rideTimes: true }));
        const clients = randomRoutes(seed, inst.nbClients, 1, 1)[0]!.clients;
        const seg = new Float64Array(SEG);
        routeSegment(inst, 0, clients, seg, 0);
        const T = inst.types;
        const n = inst.nbLocations;
        const locs = [T.startLoc[0]!, ...clients.map((c) => inst.nbDepots + c), T.endLoc[0]!];
        const tt = (a: number, b: number) => inst.dur[0]![locs[a]! * n + locs[b]!]!;
        // simulate from the earliest start: wait when early, count lateness as warp
        let t = seg[EARLY]!;
        let warp = 0;
        for (let i = 1; i < locs.length; i++) {
          t += (i > 1 ? inst.serviceS[clients[i - 2]!]! : 0) + tt(i - 1, i);
          const early = i < locs.length - 1 ? inst.twEarlyS[clients[i - 1]!]! : T.endEarlyS[0]!;
          const late = i < locs.length - 1 ? inst.twLateS[clients[i - 1]!]! : T.endLateS[0]!;
          t = Math.max(t, early);
          if (t > late) {
            warp += t - late;
            t = late;
          }
        }
        if (seg[TW] === 0) {
          expect(warp).toBe(0);
          expect(t - seg[EARLY]!).toBe(seg[DUR]);
        } else expect(warp).toBeGreaterThan(0);
        // ride times along the no-wait drive (services and travel only)
        let clock = 0;
        const arrive: number[] = [];
        const leave: number[] = [];
        for (let i = 1; i < locs.length; i++) {
          clock += tt(i - 1, i);
          arrive.push(clock);
          if (i < locs.length - 1) clock += inst.serviceS[clients[i - 1]!]!;
          leave.push(clock);
        }
        const end = arrive[arrive.length - 1]!;
        const fwd = Math.max(...clients.map((c, i) => arrive[i]! - inst.maxRideS[c]!));
        const bwd = Math.max(...clients.map((c, i) => end - leave[i]! - inst.maxRideS[c]!));
        expect(seg[FWD_RIDE]).toBe(fwd);
        expect(seg[BWD_RIDE]).toBe(bwd);
        expect(seg[FWD_SUM]).toBe(clients.reduce((s, c, i) => s + inst.demand[c]! * arrive[i]!, 0));
        expect(seg[BWD_SUM]).toBe(clients.reduce((s, c, i) => s + inst.demand[c]! * (end - leave[i]!), 0));
      }),
      { numRuns: 300 },
    );
  });
});
