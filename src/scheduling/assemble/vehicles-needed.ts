import type { ChainingProblem, ChainingVehicle } from '../../solver/chaining/chaining-problem.js';
import { assignVehicles } from '../../solver/chaining/vehicle-assignment.js';
import type { VehiclesNeeded } from '../model/schedule-schema.js';
import { KIND } from '../chaining/direction-problem.js';

/**
 * How many more vehicles of which size would take the runs left without one: the unassigned trips are
 * chained again on hypothetical vehicles (as many of each size class of the fleet as there are trips,
 * at the busiest depot of their kind), and the sizes the chaining uses are counted.
 */
export function vehiclesNeeded(p: ChainingProblem, unassigned: readonly number[]): VehiclesNeeded[] {
  if (unassigned.length === 0) return [];
  const extra: ChainingVehicle[] = [];
  for (const kind of [KIND.bus, KIND.boat]) {
    const own = p.vehicles.filter((v) => v.kind === kind);
    const caps = [...new Set(own.map((v) => v.capacity))].sort((a, b) => a - b);
    const largestTrip = Math.max(0, ...unassigned.map((t) => p.trips[t]!).filter((t) => t.kind === kind).map((t) => t.load));
    if (caps.length === 0 || caps[caps.length - 1]! < largestTrip) caps.push(largestTrip);
    const depots = new Map<number, number>();
    for (const v of own) depots.set(v.depotLoc, (depots.get(v.depotLoc) ?? 0) + 1);
    const depotLoc = [...depots].sort((a, b) => b[1] - a[1])[0]?.[0] ?? p.trips[unassigned[0]!]!.startLoc;
    for (const capacity of caps) for (let k = 0; k < unassigned.length; k++) extra.push({ capacity, kind, depotLoc, availableFromS: 0, availableToS: p.dayLengthS ?? 86_400 });
  }
  const hypothetical: ChainingProblem = { ...p, vehicles: extra };
  const { duties } = assignVehicles(hypothetical, Int32Array.from(unassigned));
  const counts = new Map<string, VehiclesNeeded>();
  for (const d of duties) {
    const v = extra[d.vehicle]!;
    const kind = v.kind === KIND.boat ? 'boat' : 'bus';
    const k = `${kind}:${v.capacity}`;
    counts.set(k, { kind, capacity: v.capacity, count: (counts.get(k)?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.capacity - b.capacity));
}
