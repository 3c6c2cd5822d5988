import { z } from 'zod';
import { REASON_CODES, type DriverCompliance, type FleetStatus, type Reason, type ReasonCode, type ReplanRun, type VehicleCompliance } from '../../compliance/index.js';
import { IsoDate } from '../../domain/calendar.js';
import type { Plate } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { LicenceClass, VehicleKind } from '../../domain/fleet.js';
import { queryWhole } from './common.schemas.js';
import { PlateOut, plateOut } from './plate.schemas.js';

/** Where a vehicle or driver stands on a date. */
export const ComplianceStateOut = z.enum(['compliant', 'expiring', 'non_compliant']).meta({ id: 'ComplianceState' });

/** One thing between a vehicle or driver and the road, with its stable code and both messages. */
export const ReasonOut = z
  .object({
    code: z.enum(REASON_CODES as [ReasonCode, ...ReasonCode[]]).meta({ description: 'stable reason code (src/compliance/reasons/reason-catalogue.ts)' }),
    severity: z.enum(['blocking', 'expiring']),
    messageEn: z.string(),
    messageZh: z.string(),
    since: IsoDate.optional().meta({ description: 'first day the problem applies (expiring: the first day no longer valid)' }),
    until: IsoDate.optional().meta({ description: 'expiring: the last valid day; blocking: the last day, when it ends by itself' }),
    recordId: z.string().optional().meta({ description: 'the record concerned: inspection, rectification, policy, plate or driver' }),
  })
  .meta({ id: 'ComplianceReason' });

/** A vehicle's standing on a date. */
export const VehicleComplianceOut = z
  .object({
    vehicleId: EntityId, operatorId: EntityId, registrationNo: z.string(), kind: VehicleKind,
    approvedCapacity: z.number().int().min(1).meta({ description: '核载人数, the only capacity schedules use' }),
    state: ComplianceStateOut, reasons: z.array(ReasonOut),
    plate: PlateOut.nullable().meta({ description: 'the plate that allows it on the date, if any' }),
    eligibleDriverIds: z.array(EntityId).meta({ description: 'who may drive it on the date: the plate driver first' }),
  })
  .meta({ id: 'VehicleCompliance' });

/** A driver's standing on a date. */
export const DriverComplianceOut = z
  .object({ driverId: EntityId, operatorId: EntityId, displayName: z.string(), licenceClass: LicenceClass, state: ComplianceStateOut, reasons: z.array(ReasonOut) })
  .meta({ id: 'DriverCompliance' });

const StateCounts = z.object({ compliant: z.number().int(), expiring: z.number().int(), non_compliant: z.number().int() });

/** Every vehicle and driver in the caller's scope on a date, with counts per state. */
export const FleetComplianceOut = z
  .object({
    date: IsoDate,
    expiringWithinDays: z.number().int().min(0),
    vehicles: z.array(VehicleComplianceOut),
    drivers: z.array(DriverComplianceOut),
    counts: z.object({ vehicles: StateCounts, drivers: StateCounts }),
  })
  .meta({ id: 'FleetCompliance' });

/** `?date=YYYY-MM-DD[&expiringDays=N]` of the compliance endpoints. */
export const ComplianceQuery = z.strictObject({
  date: IsoDate.meta({ description: 'the service date, YYYY-MM-DD (county local date)' }),
  expiringDays: queryWhole(366).optional().meta({ description: 'look-ahead for `expiring`, days (0-366, default 30)' }),
});

/** A run of a published schedule that must be re-planned after a change to its vehicle. */
export const ReplanRunOut = z
  .object({
    runId: EntityId, scheduleId: EntityId, friday: IsoDate, scheduleVersion: z.number().int(), serviceDate: IsoDate, schoolId: EntityId,
    direction: z.string(), vehicleId: EntityId, driverId: EntityId.nullable(), departsAt: z.string().meta({ description: 'ISO 8601 UTC' }),
  })
  .meta({ id: 'ReplanRun' });

/** A plate after an action, and the published runs the action puts in need of re-planning. */
export const PlateChangeOut = z
  .object({ plate: PlateOut, runsNeedingReplan: z.array(ReplanRunOut) })
  .meta({ id: 'PlateChange' });

/** Maps a plate action's outcome to its API shape. */
export const plateChangeOut = (c: { readonly plate: Plate; readonly runsNeedingReplan: readonly ReplanRun[] }): z.infer<typeof PlateChangeOut> => ({
  plate: plateOut(c.plate), runsNeedingReplan: c.runsNeedingReplan.map(replanRunOut),
});

/** Maps a reason to its API shape. */
export const reasonOut = (r: Reason): z.infer<typeof ReasonOut> => ({ ...r });

/** Maps a vehicle status to its API shape. */
export const vehicleComplianceOut = (v: VehicleCompliance): z.infer<typeof VehicleComplianceOut> => ({
  vehicleId: v.vehicleId, operatorId: v.operatorId, registrationNo: v.registrationNo, kind: v.kind, approvedCapacity: v.approvedCapacity,
  state: v.state, reasons: v.reasons.map(reasonOut), plate: v.plate === null ? null : plateOut(v.plate), eligibleDriverIds: [...v.eligibleDriverIds],
});

/** Maps a driver status to its API shape. */
export const driverComplianceOut = (d: DriverCompliance): z.infer<typeof DriverComplianceOut> => ({
  driverId: d.driverId, operatorId: d.operatorId, displayName: d.displayName, licenceClass: d.licenceClass, state: d.state, reasons: d.reasons.map(reasonOut),
});

/** Maps a run to re-plan to its API shape. */
export const replanRunOut = (r: ReplanRun): z.infer<typeof ReplanRunOut> => ({ ...r });

function countStates(rows: readonly { state: z.infer<typeof ComplianceStateOut> }[]): z.infer<typeof StateCounts> {
  const counts = { compliant: 0, expiring: 0, non_compliant: 0 };
  for (const r of rows) counts[r.state] += 1;
  return counts;
}

/** The fleet status restricted to what the caller may see, counts recounted over what remains. */
export function fleetComplianceOut(status: FleetStatus, visible: (operatorId: string) => boolean): z.infer<typeof FleetComplianceOut> {
  const vehicles = status.vehicles.filter((v) => visible(v.operatorId)).map(vehicleComplianceOut);
  const drivers = status.drivers.filter((d) => visible(d.operatorId)).map(driverComplianceOut);
  return {
    date: status.date, expiringWithinDays: status.expiringWithinDays, vehicles, drivers,
    counts: { vehicles: countStates(vehicles), drivers: countStates(drivers) },
  };
}
