import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { upsertInsurance as writeInsurance } from '../../db/repositories/compliance-records.repository.js';
import { findInsurance, lockVehicle } from '../../db/repositories/compliance-lookup.repository.js';
import type { Database } from '../../db/tables/index.js';
import { IsoDate } from '../../domain/calendar.js';
import { InsuranceKind, type Insurance } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import { newId, parseInput, requireActor } from './service-input.js';

const InsuranceInput = z
  .object({
    id: EntityId.optional(),
    vehicleId: EntityId,
    kind: InsuranceKind,
    insurer: z.string().trim().min(1),
    policyNo: z.string().trim().min(1),
    validFrom: IsoDate,
    validTo: IsoDate,
  })
  .refine((p) => p.validFrom <= p.validTo, { path: ['validTo'], message: 'validTo must be on or after validFrom' });
/** A policy to create (no id) or replace (its id). */
export type InsuranceInput = z.input<typeof InsuranceInput>;

/**
 * Creates or updates an insurance policy of a vehicle, with an audit entry (before and after) in the
 * same transaction. A policy cannot move to another vehicle.
 */
export async function upsertInsurance(db: Kysely<Database>, actor: string, input: InsuranceInput): Promise<Insurance> {
  const who = requireActor(actor);
  const req = parseInput(InsuranceInput, input, 'insurance policy');
  return db.transaction().execute(async (tx) => {
    const vehicle = await lockVehicle(tx, req.vehicleId);
    if (vehicle === undefined) throw new NotFound(`compliance: vehicle ${req.vehicleId} not found`);
    const before = req.id === undefined ? undefined : await findInsurance(tx, req.id);
    if (before !== undefined && before.vehicleId !== vehicle.id) throw new Conflict(`compliance: policy ${before.id} belongs to vehicle ${before.vehicleId}`);
    const after: Insurance = { ...req, id: req.id ?? newId('ins'), countyId: vehicle.countyId };
    await writeInsurance(tx, [after]);
    await appendAudit(tx, [{ countyId: vehicle.countyId, actor: who, entity: 'insurance', entityId: after.id, action: before === undefined ? 'create' : 'update', before: before ?? null, after }]);
    return after;
  });
}
