import { z } from 'zod';
import { IsoDate } from './calendar.js';
import { CountyId } from './county.js';
import { EntityId } from './entity-id.js';

/** A transport company under contract with the county. */
export const Operator = z.object({
  id: EntityId,
  countyId: CountyId,
  nameZh: z.string().min(1),
  /** Road transport business licence number (道路运输经营许可证). */
  licenceNo: z.string().min(1),
});
export type Operator = z.infer<typeof Operator>;

export const VehicleKind = z.enum(['bus', 'boat']);
export type VehicleKind = z.infer<typeof VehicleKind>;

export const VehicleStatus = z.enum(['active', 'out_of_service', 'retired']);
export type VehicleStatus = z.infer<typeof VehicleStatus>;

/** A contracted passenger coach or a special boat (专船). */
export const Vehicle = z.object({
  id: EntityId,
  countyId: CountyId,
  kind: VehicleKind,
  /** Registration plate (号牌), e.g. `浙K·A1234`. */
  registrationNo: z.string().min(1),
  /** 核载人数: the approved passenger capacity, the only capacity the scheduler may use. */
  approvedCapacity: z.number().int().min(1).max(100),
  operatorId: EntityId,
  homeDepotPlaceId: EntityId,
  year: z.number().int().min(1980).max(2100),
  makeModel: z.string(),
  status: VehicleStatus,
});
export type Vehicle = z.infer<typeof Vehicle>;

/** Driving licence classes relevant to passenger transport (A1 large bus, A3 city bus, B1 medium bus), or a boat master's certificate. */
export const LicenceClass = z.enum(['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'boat_master']);
export type LicenceClass = z.infer<typeof LicenceClass>;

/** A driver or boat master employed by an operator. */
export const Driver = z.object({
  id: EntityId,
  countyId: CountyId,
  operatorId: EntityId,
  /** Name as printed on the plate; synthetic in the demo dataset. */
  displayName: z.string().min(1),
  licenceClass: LicenceClass,
  birthDate: IsoDate,
  /** Date the licence was first issued: years of driving count from here. */
  licensedSince: IsoDate,
  /** 校车驾驶资格: school-transport endorsement. */
  schoolTransportEndorsed: z.boolean(),
});
export type Driver = z.infer<typeof Driver>;
