import { z } from 'zod';
import { ClockTime, IsoDate } from '../../domain/calendar.js';
import { PlateStatus, type Plate } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { listOf } from './common.schemas.js';

/** A school-transport plate (校车标牌): what 校车安全管理条例 art. 16 says it records. */
export const PlateOut = z
  .object({
    id: EntityId, plateNo: z.string(), vehicleId: EntityId, driverId: EntityId, route: z.string(),
    operatingFrom: ClockTime, operatingTo: ClockTime, stops: z.array(EntityId).meta({ description: 'place ids of the licensed stops, in order' }),
    issuingUnit: z.string(), validFrom: IsoDate, validTo: IsoDate, status: PlateStatus, statusReason: z.string(), issuedOn: IsoDate,
  })
  .meta({ id: 'Plate' });

/** `{ items: Plate[] }`. */
export const PlateList = listOf(PlateOut, 'PlateList');

/** `GET /plates` filters. */
export const PlateQuery = z.strictObject({
  vehicleId: EntityId.optional().meta({ description: 'only plates of this vehicle' }),
  status: PlateStatus.optional().meta({ description: 'only plates in this status' }),
});

const text = (max: number) => z.string().trim().min(1).max(max);

/** `POST /plates`: a plate to issue. */
export const IssuePlateBody = z
  .strictObject({
    plateNo: text(32), vehicleId: EntityId, driverId: EntityId, route: text(200), operatingFrom: ClockTime, operatingTo: ClockTime,
    stops: z.array(EntityId).min(1).max(100), issuingUnit: text(100), validFrom: IsoDate, validTo: IsoDate, issuedOn: IsoDate,
  })
  .refine((p) => p.validFrom <= p.validTo, { path: ['validTo'], message: 'must be on or after validFrom' })
  .refine((p) => p.issuedOn <= p.validFrom, { path: ['validFrom'], message: 'must be on or after issuedOn (no back-dated plates)' })
  .refine((p) => p.operatingFrom < p.operatingTo, { path: ['operatingTo'], message: 'must be after operatingFrom' })
  .meta({ id: 'IssuePlate' });

/** `POST /plates/{id}/renew`: the new last day and the day of renewal (when the conditions are checked). */
export const RenewPlateBody = z
  .strictObject({ validTo: IsoDate, renewedOn: IsoDate })
  .refine((p) => p.renewedOn <= p.validTo, { path: ['renewedOn'], message: 'must be on or before validTo' })
  .meta({ id: 'RenewPlate' });

/** `POST /plates/{id}/suspend|revoke|reinstate`: why, and from which service date. */
export const PlateStatusBody = z
  .strictObject({
    reason: text(500).meta({ description: 'why; recorded on the plate and in the audit log' }),
    effectiveOn: IsoDate.meta({ description: 'the first service date concerned; runs from then on are listed for re-planning' }),
  })
  .meta({ id: 'PlateStatusChange' });

/** `POST /plates/{id}/change-driver`: the driver to name, and the day from which they must be eligible. */
export const ChangePlateDriverBody = z.strictObject({ driverId: EntityId, effectiveOn: IsoDate }).meta({ id: 'ChangePlateDriver' });

/** Maps a domain plate to its API shape. */
export const plateOut = (p: Plate): z.infer<typeof PlateOut> => ({
  id: p.id, plateNo: p.plateNo, vehicleId: p.vehicleId, driverId: p.driverId, route: p.route, operatingFrom: p.operatingFrom,
  operatingTo: p.operatingTo, stops: [...p.stops], issuingUnit: p.issuingUnit, validFrom: p.validFrom, validTo: p.validTo,
  status: p.status, statusReason: p.statusReason, issuedOn: p.issuedOn,
});
