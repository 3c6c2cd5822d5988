import type { Place } from '../domain/place.js';
import type { BuiltRoadNetwork } from './build-road-network.js';
import type { BuiltWaterNetwork } from './build-water-network.js';
import { largestComponent, strongComponents } from './strong-components.js';

/** One thing wrong with one place. */
export interface PlaceProblem {
  readonly placeId: string;
  readonly network: 'road' | 'water';
  readonly problem: 'unsnapped' | 'unreachable' | 'not_on_water';
  readonly reason: string;
}

/** Places the network cannot serve, by id: a result to show the coordinator, never an exception. */
export interface NetworkProblems {
  /** Places farther than the tolerance from every road (access road/both), or on no leg (access water). */
  readonly unsnapped: readonly string[];
  /**
   * Snapped places that cannot both be reached from and return to the main road component (the largest
   * strongly connected one), directly or, for water-only places, by boat via a reachable pier.
   */
  readonly unreachable: readonly string[];
  /** Every problem with its reason, including piers that no leg serves (`not_on_water`). */
  readonly details: readonly PlaceProblem[];
}

/** Finds unsnapped and unreachable places on freshly built networks (standing closures ignored). */
export function findPlaceProblems(places: readonly Place[], road: BuiltRoadNetwork, water: BuiltWaterNetwork): NetworkProblems {
  const details: PlaceProblem[] = [];
  const roadComp = strongComponents(road.network.csr);
  const mainRoad = largestComponent(roadComp);
  const onMainRoad = (id: string): boolean => {
    const at = road.placements.get(id);
    return at !== undefined && roadComp[at.node] === mainRoad;
  };
  for (const id of road.unsnapped) {
    details.push({ placeId: id, network: 'road', problem: 'unsnapped', reason: 'farther than the snapping tolerance from every road' });
  }
  for (const [id] of road.placements) {
    if (!onMainRoad(id)) details.push({ placeId: id, network: 'road', problem: 'unreachable', reason: 'not connected both ways to the main road network' });
  }
  // A water component is linked to the roads through any pier (access both) on the main road component.
  const waterComp = strongComponents(water.network.csr);
  const linked = new Set<number>();
  for (const p of places) {
    const at = water.placements.get(p.id);
    if (p.access === 'both' && at !== undefined && onMainRoad(p.id)) linked.add(waterComp[at.node]!);
  }
  for (const p of places) {
    const at = water.placements.get(p.id);
    if (p.access === 'water' && at === undefined) {
      details.push({ placeId: p.id, network: 'water', problem: 'unsnapped', reason: 'access is water but no waterway leg starts or ends here' });
    } else if (p.access === 'water' && !linked.has(waterComp[at!.node]!)) {
      details.push({ placeId: p.id, network: 'water', problem: 'unreachable', reason: 'no leg path to a pier on the main road network' });
    } else if (p.access === 'both' && at === undefined) {
      details.push({ placeId: p.id, network: 'water', problem: 'not_on_water', reason: 'a pier that no waterway leg serves' });
    }
  }
  const ids = (problem: PlaceProblem['problem']): string[] => [...new Set(details.filter((d) => d.problem === problem).map((d) => d.placeId))];
  return { unsnapped: ids('unsnapped'), unreachable: ids('unreachable'), details };
}
