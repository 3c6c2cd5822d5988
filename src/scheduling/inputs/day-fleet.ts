import { allowedOn } from '../../compliance/status/allowed-on.js';
import { addDays, type IsoDate } from '../../domain/calendar.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';
import type { WeekendRecords } from '../model/weekend-records.js';

/** A vehicle allowed on a service date, with the one driver who drives it that day. */
export interface DayVehicle {
  readonly vehicle: Vehicle;
  /** 核载人数: the only capacity used. */
  readonly capacity: number;
  readonly driver: Driver;
}

/** The vehicles allowed on one service date, each with a driver no other vehicle has that day. */
export interface DayFleet {
  readonly dayOffset: number;
  readonly date: IsoDate;
  readonly vehicles: readonly DayVehicle[];
  /** Vehicles excluded on the date, with the blocking reason codes. */
  readonly excluded: readonly { readonly vehicleId: string; readonly reasons: readonly string[] }[];
}

/**
 * The fleet of a service date from the compliance rules (`allowedOn`: plate, inspection within 6 months,
 * insurance, an endorsed driver aged 25–60). The plate's driver drives the vehicle; when a driver is
 * eligible for several vehicles, the first vehicle (by id) gets them and the next eligible driver drives
 * the other, so that no driver is on two vehicles the same day. A vehicle left without a driver is excluded.
 */
export function dayFleet(records: WeekendRecords, friday: IsoDate, dayOffset: number): DayFleet {
  const date = addDays(friday, dayOffset);
  const fleet = allowedOn(records, date);
  const taken = new Set<string>();
  const vehicles: DayVehicle[] = [];
  const excluded: { vehicleId: string; reasons: string[] }[] = fleet.excluded.map((e) => ({ vehicleId: e.vehicleId, reasons: e.reasons.map((r) => r.code as string) }));
  for (const a of [...fleet.vehicles].sort((x, y) => (x.vehicle.id < y.vehicle.id ? -1 : 1))) {
    const driver = a.drivers.find((d) => !taken.has(d.id));
    if (driver === undefined) {
      excluded.push({ vehicleId: a.vehicle.id, reasons: ['driver_busy'] });
      continue;
    }
    taken.add(driver.id);
    vehicles.push({ vehicle: a.vehicle, capacity: a.capacity, driver });
  }
  return { dayOffset, date, vehicles, excluded };
}
