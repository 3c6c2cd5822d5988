import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/database.js';
import { importDataset } from '../../../src/db/import-dataset.js';
import { Conflict } from '../../../src/domain/errors.js';
import type { Schedule } from '../../../src/scheduling/model/schedule-schema.js';
import { listSchedules, loadSchedule, publishSchedule, scheduleChanges, storeSchedule } from '../../../src/scheduling/storage/schedule-store.js';
import { validateSchedule } from '../../../src/scheduling/validate/validate-schedule.js';
import { engines, openTestDb } from '../../helpers/test-database.js';
import { gridCounty } from '../fixtures/grid-county.js';
import { copy, plan } from '../fixtures/schedule-helpers.js';

const county = gridCounty({
  columns: 3, rows: 1,
  schools: [{ id: 'A', gate: [0, 0], students: [{ at: 'w0', count: 8 }, { at: [1, 0], count: 5 }] }],
  vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [0, 0] }, { id: 'BOAT1', capacity: 12, depot: [2, 0], kind: 'boat' }],
  pier: { at: [2, 0], landingsM: [3000] },
});
const schedule: Schedule = plan(county);

describe.each(engines())('schedule storage on %s', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(engine, 'empty');
    await importDataset(db.db, county);
  });
  afterAll(async () => {
    await db.close();
  });

  it('stores a schedule as a draft and loads back exactly the same schedule', async () => {
    const stored = await storeSchedule(db.db, schedule, { createdBy: 'test', validation: [] });
    expect(stored).toMatchObject({ version: 1, status: 'draft', basedOnId: null, friday: '2026-12-04' });
    const loaded = await loadSchedule(db.db, stored.id);
    expect(loaded).toEqual(schedule);
    expect(validateSchedule(loaded, { records: county })).toEqual([]);
  });

  it('publishes one version per weekend and lists the change permit list of the next draft per school', async () => {
    const [first] = await listSchedules(db.db, county.manifest.county.id, '2026-12-04');
    await publishSchedule(db.db, first!.id, 'coordinator');
    await expect(publishSchedule(db.db, first!.id, 'coordinator')).rejects.toBeInstanceOf(Conflict);
    const edited = copy(schedule);
    const run = edited.runs.find((r) => r.mode === 'bus' && r.direction === 'home')!;
    run.vehicleId = run.vehicleId === 'BUS1' ? 'BUS2' : 'BUS1';
    const draft = await storeSchedule(db.db, edited, { createdBy: 'test', validation: [] });
    expect(draft).toMatchObject({ version: 2, status: 'draft', basedOnId: first!.id });
    const changes = await scheduleChanges(db.db, draft.id);
    expect(changes?.schools).toEqual([{ schoolId: 'A', changes: [expect.objectContaining({ kind: 'vehicle', runId: run.id })] }]);
    expect(changes?.vehiclesToRefile).toEqual(['BUS1', 'BUS2']);
    await publishSchedule(db.db, draft.id, 'coordinator');
    const statuses = (await listSchedules(db.db, county.manifest.county.id)).map((v) => [v.version, v.status]);
    expect(statuses).toEqual([[2, 'published'], [1, 'superseded']]);
  });
});
