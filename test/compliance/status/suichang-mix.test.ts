import { describe, expect, it } from 'vitest';
import { allowedOn } from '../../../src/compliance/status/allowed-on.js';
import { fleetStatus } from '../../../src/compliance/status/fleet-status.js';
import { loadCountyRecords } from '../../../src/db/county-records.js';
import { SUICHANG_COUNTY_ID } from '../../../src/domain/county.js';
import { hasSuichang, openTestDb } from '../../helpers/test-database.js';

/** The Suichang dataset's documented state on the demo Friday (data/suichang/README.md, seed 20261204). */
const NON_COMPLIANT: Record<string, readonly string[]> = {
  BUS002: ['traffic_insurance_expired'], BUS012: ['inspection_failed', 'rectification_open'], BUS019: ['vehicle_out_of_service', 'plate_revoked'],
  BUS023: ['plate_driver_ineligible'], BUS024: ['inspection_expired'], BUS027: ['inspection_failed', 'rectification_overdue'],
  BUS030: ['plate_suspended'], BUS036: ['traffic_insurance_expired'], BUS044: ['inspection_failed', 'rectification_open'],
  BUS053: ['inspection_expired'], BUS061: ['plate_driver_ineligible'], BUS064: ['traffic_insurance_expired'], BUS065: ['plate_driver_ineligible'],
  BUS095: ['vehicle_out_of_service', 'plate_revoked'], BUS099: ['inspection_expired'], BUS100: ['inspection_failed', 'rectification_overdue'],
};
const EXPIRING = ['BUS018', 'BUS021', 'BUS048', 'BUS105', 'BUS112'];

describe.runIf(hasSuichang())('the Suichang dataset on the demo Friday', () => {
  it('yields the documented mix: 16 vehicles off the road with their reasons, 5 expiring, the rest compliant', async () => {
    const db = await openTestDb('pglite', 'suichang');
    try {
      const records = await loadCountyRecords(db.db, SUICHANG_COUNTY_ID);
      const status = fleetStatus(records, '2026-12-04');
      const blocked = Object.fromEntries(status.vehicles.filter((v) => v.state === 'non_compliant').map((v) => [v.vehicleId, v.reasons.map((r) => r.code)]));
      expect(blocked).toEqual(NON_COMPLIANT);
      expect(status.vehicles.filter((v) => v.state === 'expiring').map((v) => v.vehicleId)).toEqual(EXPIRING);
      expect(status.counts.vehicles).toEqual({ compliant: records.vehicles.length - 21, expiring: 5, non_compliant: 16 });
      const fleet = allowedOn(records, '2026-12-04');
      expect(fleet.vehicles).toHaveLength(records.vehicles.length - 16);
      expect(fleet.excluded.map((e) => e.vehicleId).sort()).toEqual(Object.keys(NON_COMPLIANT));
    } finally {
      await db.close();
    }
  });
});
