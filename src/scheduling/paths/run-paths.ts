import type { LineStringGeometry } from '../../domain/geo.js';
import type { RoadNetwork } from '../../network/build-network.js';
import type { Direction } from '../../domain/school.js';
import type { Schedule } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import { legTravels } from '../validate/leg-travel.js';
import { ValidationContext } from '../validate/validation-context.js';

/** The way one leg of a run goes, on the roads (or the reservoir) as the network routes it. */
export interface LegPath {
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
  /** Road segment or waterway leg ids in travel order; empty when `routed` is false. */
  readonly segmentIds: readonly string[];
  /** WGS84 line in travel order: the road path, or the straight line between the stops when not routed. */
  readonly geometry: LineStringGeometry;
  /** Lowest speed cap on the way in km/h (null when not routed). */
  readonly lowestSpeedCapKmh: number | null;
  /** False when the current records give no path for the leg under its conditions (a closure since). */
  readonly routed: boolean;
}

/** A run's legs drawn on the network. */
export interface RunPath {
  readonly runId: string;
  readonly schoolId: string;
  readonly direction: Direction;
  readonly mode: 'bus' | 'boat';
  readonly vehicleId: string;
  readonly legs: readonly LegPath[];
}

/**
 * The road (or water) paths of a schedule's runs, for the map: each leg between distinct stops expanded
 * on the matrix the validator judges it on (its profile, that day's weather, the closures active then,
 * no low-grade road when loaded at night), so the line drawn is the way the times were computed for.
 * Uses the given records (the current ones): a leg that has lost its path since is drawn straight and
 * marked `routed: false`. `runIds` limits the work to some runs.
 */
export function runPaths(schedule: Schedule, records: WeekendRecords, options: { runIds?: ReadonlySet<string>; network?: RoadNetwork } = {}): RunPath[] {
  const ctx = new ValidationContext(schedule, records, options.network);
  const out: RunPath[] = [];
  for (const run of schedule.runs) {
    if (options.runIds !== undefined && !options.runIds.has(run.id)) continue;
    if (run.stops.some((s) => !ctx.places.has(s.placeId))) continue;
    const legs = legTravels(ctx, run).map(({ from, to, matrix }): LegPath => {
      const path = matrix.path(matrix.indexOf(from.placeId), matrix.indexOf(to.placeId));
      if (path !== null) {
        return { fromPlaceId: from.placeId, toPlaceId: to.placeId, segmentIds: path.segmentIds, geometry: path.geometry, lowestSpeedCapKmh: path.lowestSpeedCapKmh, routed: true };
      }
      const a = ctx.places.get(from.placeId)!;
      const b = ctx.places.get(to.placeId)!;
      return {
        fromPlaceId: from.placeId, toPlaceId: to.placeId, segmentIds: [], lowestSpeedCapKmh: null, routed: false,
        geometry: { type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] },
      };
    });
    out.push({ runId: run.id, schoolId: run.schoolId, direction: run.direction, mode: run.mode, vehicleId: run.vehicleId, legs });
  }
  return out;
}
