import { listVehicles } from '../../db/repositories/fleet.repository.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';
import type { HandlerContext } from '../endpoint/endpoint.js';
import { findDriver, findVehicle } from './fleet-lookup.js';

/**
 * A vehicle of the served county that the caller may see; otherwise `NotFound`, the same for a
 * missing vehicle, one of another county and one of another operator (ids cannot be probed).
 */
export async function visibleVehicle(ctx: HandlerContext, vehicleId: string): Promise<Vehicle> {
  const found = await findVehicle(ctx.db, ctx.countyId, vehicleId);
  return ctx.scope.ensureVisible(found, (v) => ctx.scope.canSeeOperator(v.operatorId), `vehicle ${vehicleId}`);
}

/** A driver of the served county that the caller may see; otherwise `NotFound`. */
export async function visibleDriver(ctx: HandlerContext, driverId: string): Promise<Driver> {
  const found = await findDriver(ctx.db, ctx.countyId, driverId);
  return ctx.scope.ensureVisible(found, (d) => ctx.scope.canSeeOperator(d.operatorId), `driver ${driverId}`);
}

/**
 * Whether the caller may see the records (inspections, plates, policies, …) of a vehicle: the vehicle
 * is of the served county and of an operator in the caller's scope. One query for the whole county,
 * for filtering lists.
 */
export async function vehicleVisibility(ctx: HandlerContext): Promise<(vehicleId: string) => boolean> {
  const owners = new Map((await listVehicles(ctx.db, ctx.countyId)).map((v) => [v.id, v.operatorId]));
  return (vehicleId) => {
    const operatorId = owners.get(vehicleId);
    return operatorId !== undefined && ctx.scope.canSeeOperator(operatorId);
  };
}
