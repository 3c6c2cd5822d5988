import { z } from 'zod';
import { IsoDate } from '../../domain/calendar.js';
import { EntityId } from '../../domain/entity-id.js';
import { LicenceClass, VehicleKind, VehicleStatus, type Driver, type Operator, type Vehicle } from '../../domain/fleet.js';
import { listOf } from './common.schemas.js';

/** A transport operator under contract. */
export const OperatorOut = z.object({ id: EntityId, nameZh: z.string(), licenceNo: z.string() }).meta({ id: 'Operator' });

/** A coach or boat; `approvedCapacity` is 核载人数, the only capacity schedules use. */
export const VehicleOut = z
  .object({
    id: EntityId, kind: VehicleKind, registrationNo: z.string(), approvedCapacity: z.number().int().min(1),
    operatorId: EntityId, homeDepotPlaceId: EntityId, year: z.number().int(), makeModel: z.string(), status: VehicleStatus,
  })
  .meta({ id: 'Vehicle' });

/** A driver or boat master. */
export const DriverOut = z
  .object({
    id: EntityId, operatorId: EntityId, displayName: z.string(), licenceClass: LicenceClass, birthDate: IsoDate,
    licensedSince: IsoDate, schoolTransportEndorsed: z.boolean().meta({ description: '校车驾驶资格' }),
  })
  .meta({ id: 'Driver' });

/** `{ items: Operator[] }`. */
export const OperatorList = listOf(OperatorOut, 'OperatorList');
/** `{ items: Vehicle[] }`. */
export const VehicleList = listOf(VehicleOut, 'VehicleList');
/** `{ items: Driver[] }`. */
export const DriverList = listOf(DriverOut, 'DriverList');

/**
 * `PATCH /drivers/{id}`: the fields to change (at least one; unknown fields are rejected). Moving a
 * driver to another operator (`operatorId`) is the coordinator's alone.
 */
export const DriverPatch = z
  .strictObject({
    displayName: z.string().trim().min(1).max(64).optional(),
    licenceClass: LicenceClass.optional(),
    schoolTransportEndorsed: z.boolean().optional().meta({ description: '校车驾驶资格 written on the licence (校车安全管理条例 art. 24)' }),
    birthDate: IsoDate.optional(),
    licensedSince: IsoDate.optional(),
    operatorId: EntityId.optional().meta({ description: 'coordinator only: move the driver to another operator of the county' }),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'change at least one field' })
  .meta({ id: 'DriverPatch' });

/** Maps a domain operator to its API shape. */
export const operatorOut = (o: Operator): z.infer<typeof OperatorOut> => ({ id: o.id, nameZh: o.nameZh, licenceNo: o.licenceNo });

/** Maps a domain vehicle to its API shape. */
export const vehicleOut = (v: Vehicle): z.infer<typeof VehicleOut> => ({
  id: v.id, kind: v.kind, registrationNo: v.registrationNo, approvedCapacity: v.approvedCapacity, operatorId: v.operatorId,
  homeDepotPlaceId: v.homeDepotPlaceId, year: v.year, makeModel: v.makeModel, status: v.status,
});

/** Maps a domain driver to its API shape. */
export const driverOut = (d: Driver): z.infer<typeof DriverOut> => ({
  id: d.id, operatorId: d.operatorId, displayName: d.displayName, licenceClass: d.licenceClass, birthDate: d.birthDate,
  licensedSince: d.licensedSince, schoolTransportEndorsed: d.schoolTransportEndorsed,
});
