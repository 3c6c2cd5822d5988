import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { updatePlate } from '../../db/repositories/compliance-lookup.repository.js';
import { loadComplianceRecords } from '../../db/load-compliance-records.js';
import type { Database } from '../../db/tables/index.js';
import { IsoDate } from '../../domain/calendar.js';
import type { Plate, PlateStatus } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import { plateBlockers } from '../plates/plate-blockers.js';
import { lockPlate, type LockedPlate } from './plate-lock.js';
import { PlateRefused } from './plate-refused.js';
import { listRunsNeedingReplan, type ReplanRun } from './runs-needing-replan.js';
import { parseInput, requireActor } from './service-input.js';

const StatusInput = z.object({ plateId: EntityId, reason: z.string().trim().min(1), effectiveOn: IsoDate });
/** Which plate, why, and from which service date the change takes effect. */
export type PlateStatusInput = z.input<typeof StatusInput>;

/** A plate after a status change, and the published runs from `effectiveOn` on that use its vehicle. */
export interface PlateStatusChange {
  readonly plate: Plate;
  readonly runsNeedingReplan: readonly ReplanRun[];
}

/** A check run under the lock before the change; throws to refuse. */
type Guard = (tx: Transaction<Database>, locked: LockedPlate, effectiveOn: IsoDate) => Promise<void>;

async function changeStatus(db: Kysely<Database>, actor: string, input: PlateStatusInput, action: string, from: readonly PlateStatus[], to: PlateStatus, guard?: Guard): Promise<PlateStatusChange> {
  const who = requireActor(actor);
  const req = parseInput(StatusInput, input, `plate ${action}`);
  return db.transaction().execute(async (tx) => {
    const locked = await lockPlate(tx, req.plateId);
    const { plate } = locked;
    if (!from.includes(plate.status)) throw new Conflict(`compliance: plate ${plate.id} is ${plate.status}; only a plate that is ${from.join(' or ')} can be ${action}`);
    await guard?.(tx, locked, req.effectiveOn);
    const after: Plate = { ...plate, status: to, statusReason: req.reason };
    await updatePlate(tx, after);
    await appendAudit(tx, [{ countyId: plate.countyId, actor: who, entity: 'plate', entityId: plate.id, action, before: plate, after }]);
    return { plate: after, runsNeedingReplan: to === 'active' ? [] : await listRunsNeedingReplan(tx, plate.vehicleId, req.effectiveOn) };
  });
}

/** Suspends an active plate with a reason; the vehicle leaves `allowedOn` at once. Returns the runs to re-plan. */
export function suspendPlate(db: Kysely<Database>, actor: string, input: PlateStatusInput): Promise<PlateStatusChange> {
  return changeStatus(db, actor, input, 'suspended', ['active'], 'suspended');
}

/** Revokes an active or suspended plate for good, with a reason. Returns the runs to re-plan. */
export function revokePlate(db: Kysely<Database>, actor: string, input: PlateStatusInput): Promise<PlateStatusChange> {
  return changeStatus(db, actor, input, 'revoked', ['active', 'suspended'], 'revoked');
}

/** Issuance checks as of `effectiveOn`, for the rest of the plate's validity. */
const mayReinstate: Guard = async (tx, { plate, vehicle, driver }, effectiveOn) => {
  if (driver === undefined) throw new NotFound(`compliance: driver ${plate.driverId} not found`);
  if (plate.validTo < effectiveOn) throw new Conflict(`compliance: plate ${plate.id} expired on ${plate.validTo}; issue a new one`);
  const records = await loadComplianceRecords(tx, vehicle.countyId);
  const validFrom = plate.validFrom > effectiveOn ? plate.validFrom : effectiveOn;
  // The term was fixed at issuance: a plate outlasting a later inspection is not a reason to keep it suspended
  // (the status rules block the vehicle once that inspection lapses).
  const reasons = plateBlockers(records, { vehicle, driver, plateNo: plate.plateNo, validFrom, validTo: plate.validTo, plateId: plate.id })
    .filter((r) => r.code !== 'plate_outlasts_inspection');
  if (reasons.length > 0) throw new PlateRefused('reinstatement', reasons);
};

/**
 * Lifts a suspension once the plate could be issued again as of `effectiveOn` (the issuance checks,
 * for the rest of its validity); refused with `PlateRefused` listing every reason.
 */
export function reinstatePlate(db: Kysely<Database>, actor: string, input: PlateStatusInput): Promise<PlateStatusChange> {
  return changeStatus(db, actor, input, 'reinstated', ['suspended'], 'active', mayReinstate);
}
