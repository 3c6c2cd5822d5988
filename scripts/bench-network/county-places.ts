import type { Dataset } from '../../src/dataset/index.js';

/**
 * The county places a weekend schedule needs travel times between: every school gate, pier and depot,
 * and every place that is home to a student who needs a ride.
 */
export function countyPlaceIds(d: Dataset): string[] {
  const ids = new Set<string>();
  for (const s of d.schools) ids.add(s.gatePlaceId);
  for (const p of d.places) if (p.kind === 'pier' || p.kind === 'depot') ids.add(p.id);
  for (const v of d.vehicles) ids.add(v.homeDepotPlaceId);
  for (const s of d.students) if (s.needsRide) ids.add(s.homePlaceId);
  return [...ids].sort();
}
