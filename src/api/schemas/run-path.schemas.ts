import { z } from 'zod';
import { EntityId } from '../../domain/entity-id.js';
import { featureCollectionOf, featureOf, LineGeometry } from './geojson.schemas.js';

/** Properties of a run drawn on the network. */
export const RunPathProperties = z.object({
  runId: EntityId,
  schoolId: EntityId,
  direction: z.enum(['home', 'return']),
  mode: z.enum(['bus', 'boat']),
  vehicleId: EntityId,
  /** Road segment or waterway leg ids in travel order, over all legs. */
  segmentIds: z.array(EntityId),
  /** Lowest speed cap on the whole run in km/h (null when no leg is routed). */
  lowestSpeedCapKmh: z.number().int().min(1).nullable(),
  /** False when some leg has no path under the current records (a closure since): that leg is drawn straight. */
  routed: z.boolean(),
}).meta({ id: 'RunPathProperties' });

/** The runs of a version as GeoJSON lines along the roads and waterways (feature id = run id). */
export const RunPathCollection = featureCollectionOf(featureOf(LineGeometry, RunPathProperties)).meta({ id: 'RunPathCollection' });
