import type { LicenceClass, Vehicle } from '../../domain/fleet.js';

/** The licence category a vehicle needs, from its kind and approved capacity (核载人数). */
export type VehicleCategory = 'large_bus' | 'medium_bus' | 'small_bus' | 'boat';

/**
 * GA 802 (机动车类型 术语和定义): a large passenger vehicle (大型客车) seats 20 or more, a medium one
 * (中型客车) 10–19, a small one 9 or fewer. `approvedCapacity` is the 核载人数 of the vehicle licence,
 * which counts every seat including the driver's.
 */
export const CATEGORY_SEATS = { largeFrom: 20, mediumFrom: 10 } as const;

/**
 * Licence classes that may drive each category (机动车驾驶证申领和使用规定, 公安部令第162号, 准驾车型):
 * A1 大型客车 covers A3, B1, B2, C1…; A2 牵引车 covers B1, B2, C1…; A3 城市公交车, B1 中型客车 and B2
 * 大型货车 cover C1…. So large buses need A1; medium buses A1, A2 or B1; small buses any of these or C1.
 * A3 is kept off coaches: it permits city buses only. Boats need a boat master's certificate.
 */
export const PERMITTED_CLASSES: Readonly<Record<VehicleCategory, readonly LicenceClass[]>> = {
  large_bus: ['A1'],
  medium_bus: ['A1', 'A2', 'B1'],
  small_bus: ['A1', 'A2', 'A3', 'B1', 'B2', 'C1'],
  boat: ['boat_master'],
};

/** The licence category of a vehicle. */
export function vehicleCategory(vehicle: Pick<Vehicle, 'kind' | 'approvedCapacity'>): VehicleCategory {
  if (vehicle.kind === 'boat') return 'boat';
  if (vehicle.approvedCapacity >= CATEGORY_SEATS.largeFrom) return 'large_bus';
  if (vehicle.approvedCapacity >= CATEGORY_SEATS.mediumFrom) return 'medium_bus';
  return 'small_bus';
}

/** Whether a licence class permits driving the vehicle. */
export function licencePermits(licenceClass: LicenceClass, vehicle: Pick<Vehicle, 'kind' | 'approvedCapacity'>): boolean {
  return PERMITTED_CLASSES[vehicleCategory(vehicle)].includes(licenceClass);
}
