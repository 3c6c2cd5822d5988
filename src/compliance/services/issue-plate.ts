import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { upsertPlates } from '../../db/repositories/compliance-records.repository.js';
import { existingPlaceIds, findDriver, lockVehicle } from '../../db/repositories/compliance-lookup.repository.js';
import { loadComplianceRecords } from '../../db/load-compliance-records.js';
import type { Database } from '../../db/tables/index.js';
import { ClockTime, IsoDate } from '../../domain/calendar.js';
import type { Plate } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { InvalidInput, NotFound } from '../../domain/errors.js';
import { plateBlockers } from '../plates/plate-blockers.js';
import { PlateRefused } from './plate-refused.js';
import { newId, parseInput, requireActor } from './service-input.js';

const IssueInput = z
  .object({
    plateNo: z.string().trim().min(1),
    vehicleId: EntityId,
    driverId: EntityId,
    route: z.string().trim().min(1),
    operatingFrom: ClockTime,
    operatingTo: ClockTime,
    stops: z.array(EntityId).min(1),
    issuingUnit: z.string().trim().min(1),
    validFrom: IsoDate,
    validTo: IsoDate,
    issuedOn: IsoDate,
  })
  .refine((p) => p.validFrom <= p.validTo, { path: ['validTo'], message: 'validTo must be on or after validFrom' })
  .refine((p) => p.issuedOn <= p.validFrom, { path: ['validFrom'], message: 'validFrom must be on or after issuedOn (no back-dated plates)' })
  .refine((p) => p.operatingFrom < p.operatingTo, { path: ['operatingTo'], message: 'operatingTo must be after operatingFrom' });
/** A plate to issue: what 校车安全管理条例 art. 16 says it records. */
export type IssuePlateInput = z.input<typeof IssueInput>;

/**
 * Issues a school-transport plate (校车标牌) after checking, as of its first day, every condition
 * (`plateBlockers`): refused with `PlateRefused` (a `Conflict`) listing every reason. One transaction
 * with its audit entry.
 */
export async function issuePlate(db: Kysely<Database>, actor: string, input: IssuePlateInput): Promise<Plate> {
  const who = requireActor(actor);
  const req = parseInput(IssueInput, input, 'plate');
  return db.transaction().execute(async (tx) => {
    const vehicle = await lockVehicle(tx, req.vehicleId);
    if (vehicle === undefined) throw new NotFound(`compliance: vehicle ${req.vehicleId} not found`);
    const driver = await findDriver(tx, req.driverId);
    if (driver === undefined || driver.countyId !== vehicle.countyId) throw new NotFound(`compliance: driver ${req.driverId} not found`);
    const places = await existingPlaceIds(tx, vehicle.countyId, req.stops);
    const unknown = req.stops.map((s, i) => ({ s, i })).filter(({ s }) => !places.has(s));
    if (unknown.length > 0) throw new InvalidInput('compliance: unknown stops on the plate', unknown.map(({ s, i }) => ({ field: `stops.${i}`, message: `no place ${s}` })));
    const records = await loadComplianceRecords(tx, vehicle.countyId);
    const reasons = plateBlockers(records, { vehicle, driver, plateNo: req.plateNo, validFrom: req.validFrom, validTo: req.validTo });
    if (reasons.length > 0) throw new PlateRefused('issue', reasons);
    const plate: Plate = { id: newId('plate'), countyId: vehicle.countyId, ...req, status: 'active', statusReason: '' };
    await upsertPlates(tx, [plate]);
    await appendAudit(tx, [{ countyId: plate.countyId, actor: who, entity: 'plate', entityId: plate.id, action: 'issue', before: null, after: plate }]);
    return plate;
  });
}
