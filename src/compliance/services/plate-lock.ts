import type { Transaction } from 'kysely';
import { findDriver, findPlate, lockVehicle } from '../../db/repositories/compliance-lookup.repository.js';
import type { Database } from '../../db/tables/index.js';
import type { Plate } from '../../domain/compliance-records.js';
import { NotFound } from '../../domain/errors.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';

/** A plate read under its vehicle's row lock, with the vehicle and the plate's driver. */
export interface LockedPlate {
  readonly plate: Plate;
  readonly vehicle: Vehicle;
  readonly driver: Driver | undefined;
}

/** Reads a plate and locks its vehicle (changes to one vehicle's records run one at a time); `NotFound` if absent. */
export async function lockPlate(tx: Transaction<Database>, plateId: string): Promise<LockedPlate> {
  const first = await findPlate(tx, plateId);
  if (first === undefined) throw new NotFound(`compliance: plate ${plateId} not found`);
  const vehicle = await lockVehicle(tx, first.vehicleId);
  if (vehicle === undefined) throw new NotFound(`compliance: vehicle ${first.vehicleId} not found`);
  const plate = (await findPlate(tx, plateId)) ?? first;
  return { plate, vehicle, driver: await findDriver(tx, plate.driverId) };
}
