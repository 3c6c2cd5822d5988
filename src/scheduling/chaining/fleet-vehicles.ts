import type { Driver, Vehicle } from '../../domain/fleet.js';
import type { DayFleet } from '../inputs/day-fleet.js';

/** A vehicle of a chaining problem: allowed on some of its days, with that day's driver. */
export interface FleetVehicle {
  readonly vehicle: Vehicle;
  readonly capacity: number;
  /** Day offset → the driver who drives it that day (only days on which it is allowed). */
  readonly drivers: ReadonlyMap<number, Driver>;
}

/** The vehicles allowed on at least one of the days, in id order, with their driver per day. */
export function fleetVehicles(fleets: readonly DayFleet[]): FleetVehicle[] {
  const byId = new Map<string, { vehicle: Vehicle; capacity: number; drivers: Map<number, Driver> }>();
  for (const f of fleets) {
    for (const v of f.vehicles) {
      const entry = byId.get(v.vehicle.id) ?? { vehicle: v.vehicle, capacity: v.capacity, drivers: new Map<number, Driver>() };
      entry.drivers.set(f.dayOffset, v.driver);
      byId.set(v.vehicle.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => (a.vehicle.id < b.vehicle.id ? -1 : 1));
}
