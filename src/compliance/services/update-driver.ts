import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findDriver, operatorExists } from '../../db/repositories/compliance-lookup.repository.js';
import { upsertDrivers } from '../../db/repositories/fleet.repository.js';
import type { Database } from '../../db/tables/index.js';
import { Driver } from '../../domain/fleet.js';
import { EntityId } from '../../domain/entity-id.js';
import { InvalidInput, NotFound } from '../../domain/errors.js';
import { parseInput, requireActor } from './service-input.js';

const DriverChanges = Driver.omit({ id: true, countyId: true }).partial().strict();
const UpdateInput = z.object({ driverId: EntityId, changes: DriverChanges });
/** Which driver and the fields to change (endorsement, licence class, dates, operator, name). */
export type UpdateDriverInput = z.input<typeof UpdateInput>;

/**
 * Changes a driver's record, validated as a whole after the change, with an audit entry (before and
 * after) in the same transaction. A new operator must exist in the driver's county.
 */
export async function updateDriver(db: Kysely<Database>, actor: string, input: UpdateDriverInput): Promise<Driver> {
  const who = requireActor(actor);
  const { driverId, changes } = parseInput(UpdateInput, input, 'driver update');
  return db.transaction().execute(async (tx) => {
    const before = await findDriver(tx, driverId, true);
    if (before === undefined) throw new NotFound(`compliance: driver ${driverId} not found`);
    const after = parseInput(Driver, { ...before, ...changes }, 'driver');
    if (after.licensedSince < after.birthDate) throw new InvalidInput('compliance: invalid driver', [{ field: 'licensedSince', message: 'must be after birthDate' }]);
    if (after.operatorId !== before.operatorId) {
      if (!(await operatorExists(tx, before.countyId, after.operatorId))) throw new InvalidInput('compliance: invalid driver', [{ field: 'operatorId', message: `no operator ${after.operatorId}` }]);
    }
    await upsertDrivers(tx, [after]);
    await appendAudit(tx, [{ countyId: before.countyId, actor: who, entity: 'driver', entityId: driverId, action: 'update', before, after }]);
    return after;
  });
}
