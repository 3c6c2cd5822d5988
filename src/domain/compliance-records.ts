import { z } from 'zod';
import { ClockTime, IsoDate } from './calendar.js';
import { CountyId } from './county.js';
import { EntityId } from './entity-id.js';

/** One line of the county's inspection checklist; the checklist is data, editable without code. */
export const ChecklistItem = z.object({
  code: EntityId,
  countyId: CountyId,
  labelZh: z.string().min(1),
  labelEn: z.string().min(1),
  appliesTo: z.enum(['bus', 'boat', 'both']),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const InspectionOutcome = z.enum(['pass', 'fail', 'na']);
export type InspectionOutcome = z.infer<typeof InspectionOutcome>;

/** The outcome of one checklist item in one inspection. */
export const InspectionItemResult = z.object({
  inspectionId: EntityId,
  itemCode: EntityId,
  outcome: InspectionOutcome,
  note: z.string(),
});
export type InspectionItemResult = z.infer<typeof InspectionItemResult>;

/** A vehicle inspection on a date; `passed` when no item failed. */
export const Inspection = z.object({
  id: EntityId,
  countyId: CountyId,
  vehicleId: EntityId,
  inspectedOn: IsoDate,
  inspector: z.string().min(1),
  passed: z.boolean(),
  note: z.string(),
});
export type Inspection = z.infer<typeof Inspection>;

/** Work ordered after a failed item; closed by a later inspection that passes the item. */
export const Rectification = z.object({
  id: EntityId,
  countyId: CountyId,
  vehicleId: EntityId,
  inspectionId: EntityId,
  itemCode: EntityId,
  dueOn: IsoDate,
  status: z.enum(['open', 'closed']),
  closedOn: IsoDate.nullable(),
  closedByInspectionId: EntityId.nullable(),
  note: z.string(),
});
export type Rectification = z.infer<typeof Rectification>;

export const PlateStatus = z.enum(['active', 'suspended', 'revoked']);
export type PlateStatus = z.infer<typeof PlateStatus>;

/**
 * A student-transport plate (校车标牌). 校车安全管理条例 art. 16: it records the vehicle, driver, route,
 * operating times, stops, issuing unit and validity.
 */
export const Plate = z.object({
  id: EntityId,
  countyId: CountyId,
  /** The number printed on the plate. */
  plateNo: z.string().min(1),
  vehicleId: EntityId,
  driverId: EntityId,
  route: z.string().min(1),
  operatingFrom: ClockTime,
  operatingTo: ClockTime,
  /** Place ids of the licensed stops, in order. */
  stops: z.array(EntityId),
  issuingUnit: z.string().min(1),
  validFrom: IsoDate,
  validTo: IsoDate,
  status: PlateStatus,
  statusReason: z.string(),
  issuedOn: IsoDate,
});
export type Plate = z.infer<typeof Plate>;

export const InsuranceKind = z.enum(['carrier_liability', 'compulsory_traffic']);
export type InsuranceKind = z.infer<typeof InsuranceKind>;

/** An insurance policy of a vehicle, valid from `validFrom` through `validTo` inclusive. */
export const Insurance = z.object({
  id: EntityId,
  countyId: CountyId,
  vehicleId: EntityId,
  kind: InsuranceKind,
  insurer: z.string().min(1),
  policyNo: z.string().min(1),
  validFrom: IsoDate,
  validTo: IsoDate,
});
export type Insurance = z.infer<typeof Insurance>;
