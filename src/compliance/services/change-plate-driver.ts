import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findDriver, updatePlate } from '../../db/repositories/compliance-lookup.repository.js';
import type { Database } from '../../db/tables/index.js';
import { IsoDate } from '../../domain/calendar.js';
import type { Plate } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import { plateDriverBlockers } from '../plates/plate-blockers.js';
import { lockPlate } from './plate-lock.js';
import { PlateRefused } from './plate-refused.js';
import { parseInput, requireActor } from './service-input.js';

const ChangeDriverInput = z.object({ plateId: EntityId, driverId: EntityId, effectiveOn: IsoDate });
/** Which plate, the driver to name on it, and the day from which the new driver must be eligible. */
export type ChangePlateDriverInput = z.input<typeof ChangeDriverInput>;

/**
 * Names another driver on a live plate (变更: the plate records its driver, 校车安全管理条例 art. 16),
 * after checking that driver as of `effectiveOn`: eligible (art. 23), of the vehicle's operator, with
 * a licence class for it. Refused with `PlateRefused` listing every reason. One transaction with its
 * audit entry.
 */
export async function changePlateDriver(db: Kysely<Database>, actor: string, input: ChangePlateDriverInput): Promise<Plate> {
  const who = requireActor(actor);
  const req = parseInput(ChangeDriverInput, input, 'plate driver change');
  return db.transaction().execute(async (tx) => {
    const { plate, vehicle } = await lockPlate(tx, req.plateId);
    if (plate.status === 'revoked') throw new Conflict(`compliance: plate ${plate.id} is revoked`);
    const driver = await findDriver(tx, req.driverId);
    if (driver === undefined || driver.countyId !== plate.countyId) throw new NotFound(`compliance: driver ${req.driverId} not found`);
    const reasons = plateDriverBlockers(driver, vehicle, req.effectiveOn);
    if (reasons.length > 0) throw new PlateRefused('driver change', reasons);
    const after: Plate = { ...plate, driverId: driver.id };
    await updatePlate(tx, after);
    await appendAudit(tx, [{ countyId: plate.countyId, actor: who, entity: 'plate', entityId: plate.id, action: 'change_driver', before: plate, after }]);
    return after;
  });
}
