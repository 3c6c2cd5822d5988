import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { updatePlate } from '../../db/repositories/compliance-lookup.repository.js';
import { loadComplianceRecords } from '../../db/load-compliance-records.js';
import type { Database } from '../../db/tables/index.js';
import { IsoDate } from '../../domain/calendar.js';
import type { Plate } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { Conflict, InvalidInput, NotFound } from '../../domain/errors.js';
import { plateBlockers } from '../plates/plate-blockers.js';
import { lockPlate } from './plate-lock.js';
import { PlateRefused } from './plate-refused.js';
import { parseInput, requireActor } from './service-input.js';

const RenewInput = z.object({ plateId: EntityId, validTo: IsoDate, renewedOn: IsoDate });
/** Which plate, its new last day, and the day of renewal (the day the conditions are checked). */
export type RenewPlateInput = z.input<typeof RenewInput>;

/**
 * Extends an active plate's validity after checking, as of `renewedOn`, every issuance condition
 * (typically after the half-yearly re-inspection: the plate may not outlast the inspection). A plate
 * that lapsed before `renewedOn` restarts on that day, so the gap stays uncovered. Suspended plates
 * are reinstated first; revoked ones cannot be renewed. One transaction with its audit entry.
 */
export async function renewPlate(db: Kysely<Database>, actor: string, input: RenewPlateInput): Promise<Plate> {
  const who = requireActor(actor);
  const req = parseInput(RenewInput, input, 'plate renewal');
  return db.transaction().execute(async (tx) => {
    const { plate, vehicle, driver } = await lockPlate(tx, req.plateId);
    if (plate.status !== 'active') throw new Conflict(`compliance: plate ${plate.id} is ${plate.status}; only an active plate can be renewed`);
    if (req.validTo <= plate.validTo) throw new InvalidInput('compliance: a renewal must extend the plate', [{ field: 'validTo', message: `must be after ${plate.validTo}` }]);
    if (req.renewedOn > req.validTo) throw new InvalidInput('compliance: renewal date after the new validity', [{ field: 'renewedOn', message: 'must be on or before validTo' }]);
    if (driver === undefined) throw new NotFound(`compliance: driver ${plate.driverId} not found`);
    const validFrom = plate.validTo < req.renewedOn ? req.renewedOn : plate.validFrom;
    const checkFrom = validFrom > req.renewedOn ? validFrom : req.renewedOn;
    const records = await loadComplianceRecords(tx, vehicle.countyId);
    const reasons = plateBlockers(records, { vehicle, driver, plateNo: plate.plateNo, validFrom: checkFrom, validTo: req.validTo, plateId: plate.id });
    if (reasons.length > 0) throw new PlateRefused('renewal', reasons);
    const after: Plate = { ...plate, validFrom, validTo: req.validTo };
    await updatePlate(tx, after);
    await appendAudit(tx, [{ countyId: plate.countyId, actor: who, entity: 'plate', entityId: plate.id, action: 'renew', before: plate, after }]);
    return after;
  });
}
