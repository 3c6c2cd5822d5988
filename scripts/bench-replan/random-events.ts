import { addDays, secondsToClock } from '../../src/domain/calendar.js';
import type { RoadNetwork } from '../../src/network/build-network.js';
import { SeededRandom } from '../../src/solver/chaining/seeded-random.js';
import type { Schedule, ScheduleRun } from '../../src/scheduling/model/schedule-schema.js';
import type { WeekendRecords } from '../../src/scheduling/model/weekend-records.js';
import type { ReplanEventInput } from '../../src/scheduling/replan/replan-event.js';
import { ValidationContext } from '../../src/scheduling/validate/validation-context.js';
import { DAY_S } from '../../src/scheduling/time/weekend-clock.js';

/** The kinds the benchmark draws, in table order. */
export const BENCH_KINDS = ['vehicle-out', 'road-closed', 'weather', 'window-changed'] as const;

const pick = <T>(rng: SeededRandom, list: readonly T[]): T => list[rng.below(list.length)]!;

/** Segments (or boat legs) on the path of a run's legs, as planned. */
function segmentsOf(planned: ValidationContext, run: ScheduleRun): string[] {
  const out: string[] = [];
  let onBoard = 0;
  run.legs.forEach((_, k) => {
    const [from, to] = [run.stops[k]!, run.stops[k + 1]!];
    onBoard += from.boarding - from.alighting;
    if (from.placeId === to.placeId) return;
    const loaded = run.mode === 'bus' && onBoard > 0;
    const m = planned.matrix(run.mode === 'boat' ? 'boat' : loaded ? 'loaded' : 'empty', from.departS, to.arriveS, loaded && planned.night(from.departS, to.arriveS));
    out.push(...(m.path(m.indexOf(from.placeId), m.indexOf(to.placeId))?.segmentIds ?? []));
  });
  return out;
}

/**
 * `n` random single events of each kind on a published weekend (seeded): a vehicle the schedule uses
 * goes out for the weekend; a segment on the path of some run closes for the weekend; the weather turns
 * (rain on Friday first, then Sunday, then fog and snow likewise); a school's window moves 30–90 min
 * later or earlier (one hour wide), away from its current slot.
 */
export function randomEvents(published: Schedule, records: WeekendRecords, network: RoadNetwork, n: number, seed: number): { kind: string; event: ReplanEventInput }[] {
  const rng = new SeededRandom(seed);
  const planned = new ValidationContext(published, records, network);
  const out: { kind: string; event: ReplanEventInput }[] = [];
  const weathers = (['rain', 'fog', 'snow'] as const).flatMap((w) => [0, 2].map((d) => ({ w, d })));
  for (let i = 0; i < n; i++) {
    out.push({ kind: 'vehicle-out', event: { kind: 'vehicle-out', vehicleId: pick(rng, published.vehicles).id, reason: 'breakdown (bench)' } });
    const run = pick(rng, published.runs);
    const segments = segmentsOf(planned, run);
    out.push({ kind: 'road-closed', event: { kind: 'road-closed', segmentId: segments.length > 0 ? pick(rng, segments) : records.roads[0]!.id, reason: 'landslide warning (bench)' } });
    const { w, d } = weathers[i % weathers.length]!;
    out.push({ kind: 'weather', event: { kind: 'weather', date: addDays(published.friday, d), weather: w } });
    const slot = pick(rng, published.dismissals);
    const shiftS = (rng.below(2) === 0 ? 1 : -1) * (30 + 15 * rng.below(5)) * 60;
    const clock = Math.min(21 * 3600, Math.max(5 * 3600, (slot.slotS % DAY_S) + shiftS + (shiftS < 0 ? -3600 : 0)));
    out.push({ kind: 'window-changed', event: { kind: 'window-changed', schoolId: slot.schoolId, direction: slot.direction, earliest: secondsToClock(clock), latest: secondsToClock(clock + 3600) } });
  }
  return out;
}
