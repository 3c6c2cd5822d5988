import type { z } from 'zod';
import type { Position } from '../../domain/geo.js';
import type { RunPath } from '../../scheduling/index.js';
import { ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { dataVersion } from '../queries/data-version.js';
import { visibleVersion } from '../queries/schedule-lookup.js';
import { GEOJSON } from '../schemas/geojson.schemas.js';
import { RunPathCollection } from '../schemas/run-path.schemas.js';
import { ScheduleIdParams } from '../schemas/schedule.schemas.js';
import { audienceOf, scheduleFor } from '../schedules/schedule-audience.js';

type RunPathFeature = z.input<typeof RunPathCollection>['features'][number];

/** One line over a run's legs (consecutive legs share their stop), with the run's figures; null for a run that goes nowhere. */
function featureOf(path: RunPath): RunPathFeature | null {
  const line: Position[] = [];
  for (const leg of path.legs) {
    for (const p of leg.geometry.coordinates) {
      const last = line[line.length - 1];
      if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) line.push(p);
    }
  }
  const caps = path.legs.flatMap((l) => (l.lowestSpeedCapKmh === null ? [] : [l.lowestSpeedCapKmh]));
  if (line.length < 2) return null;
  return {
    type: 'Feature', id: path.runId, geometry: { type: 'LineString', coordinates: line },
    properties: {
      runId: path.runId, schoolId: path.schoolId, direction: path.direction, mode: path.mode, vehicleId: path.vehicleId,
      segmentIds: path.legs.flatMap((l) => l.segmentIds), lowestSpeedCapKmh: caps.length === 0 ? null : Math.min(...caps),
      routed: path.legs.every((l) => l.routed),
    },
  };
}

/** A version's runs on the map, along the roads and waterways. */
export const runPathsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/schedules/{id}/paths', operationId: 'getSchedulePaths', tag: 'schedules', access: ROLES,
    summary: 'The version\'s runs as GeoJSON lines along the roads and waterways they take (the paths the validator judges each leg on: profile, weather, closures, no low-grade road when loaded at night), cut to the caller like GET /schedules/{id}.',
    description: 'Computed in a worker thread with the county\'s current records (about a second for the Suichang weekend), then served from memory (serialised and gzipped once per cut, ETag for revalidation) until the county\'s data changes. A leg whose road has closed since is drawn straight and its run marked `routed: false`.',
    params: ScheduleIdParams,
    success: { status: 200, description: 'one LineString feature per run', contentType: GEOJSON, schema: RunPathCollection },
    handle: async ({ params }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      // The body depends on the caller's cut: the key names it (after visibleVersion has checked access).
      const key = `schedule-paths|${header.id}|${ctx.scope.schoolFilter ?? ''}|${ctx.scope.operatorFilter ?? ''}`;
      return ctx.cache.get(key, async (): Promise<z.input<typeof RunPathCollection>> => {
        const schedule = await ctx.schedules.get(ctx.db, header.id);
        const version = await dataVersion(ctx.db, ctx.countyId);
        const paths = await ctx.runPaths.get(header.id, version, () => ctx.jobs.paths(schedule));
        const visible = new Set(scheduleFor(schedule, await audienceOf(ctx)).runs.map((r) => r.id));
        const features = paths.filter((p) => visible.has(p.runId)).flatMap((p) => featureOf(p) ?? []);
        return { type: 'FeatureCollection' as const, features };
      });
    },
  }),
];
