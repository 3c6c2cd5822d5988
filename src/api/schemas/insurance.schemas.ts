import { z } from 'zod';
import { IsoDate } from '../../domain/calendar.js';
import { InsuranceKind, type Insurance } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { listOf } from './common.schemas.js';

/** An insurance policy of a vehicle, valid `validFrom` through `validTo` inclusive. */
export const InsuranceOut = z
  .object({
    id: EntityId, vehicleId: EntityId,
    kind: InsuranceKind.meta({ description: 'carrier_liability (承运人责任险, art. 14) or compulsory_traffic (交强险, buses)' }),
    insurer: z.string(), policyNo: z.string(), validFrom: IsoDate, validTo: IsoDate,
  })
  .meta({ id: 'Insurance' });

/** `{ items: Insurance[] }`. */
export const InsuranceList = listOf(InsuranceOut, 'InsuranceList');

/** `GET /insurance` filters. */
export const InsuranceQuery = z.strictObject({ vehicleId: EntityId.optional().meta({ description: 'only policies of this vehicle' }) });

/** `PUT /insurance/{id}`: the whole policy (created when the id is new, replaced otherwise; it cannot move to another vehicle). */
export const InsuranceBody = z
  .strictObject({
    vehicleId: EntityId, kind: InsuranceKind, insurer: z.string().trim().min(1).max(200), policyNo: z.string().trim().min(1).max(100),
    validFrom: IsoDate, validTo: IsoDate,
  })
  .refine((p) => p.validFrom <= p.validTo, { path: ['validTo'], message: 'must be on or after validFrom' })
  .meta({ id: 'InsurancePolicy' });

/** Maps a policy to its API shape. */
export const insuranceOut = (i: Insurance): z.infer<typeof InsuranceOut> => ({
  id: i.id, vehicleId: i.vehicleId, kind: i.kind, insurer: i.insurer, policyNo: i.policyNo, validFrom: i.validFrom, validTo: i.validTo,
});
