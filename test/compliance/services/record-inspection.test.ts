import { afterEach, describe, expect, it } from 'vitest';
import { closeRectification } from '../../../src/compliance/services/close-rectification.js';
import { recordInspection } from '../../../src/compliance/services/record-inspection.js';
import { listRunsNeedingReplan } from '../../../src/compliance/services/runs-needing-replan.js';
import type { Db } from '../../../src/db/database.js';
import { upsertInspections } from '../../../src/db/repositories/compliance-records.repository.js';
import { listAudit } from '../../../src/db/repositories/audit.repository.js';
import { Conflict, InvalidInput, NotFound } from '../../../src/domain/errors.js';
import { engines } from '../../helpers/test-database.js';
import { TINY, auditTrail, breakWritesTo, countRows, openComplianceDb } from '../fixtures/compliance-db.js';

const busInspection = (outcome: 'pass' | 'fail', inspectedOn = '2026-12-01') => ({
  vehicleId: 'bus-1', inspectedOn, inspector: '检查员 A', items: [{ itemCode: 'brakes', outcome, note: outcome === 'fail' ? 'pads worn' : '' }],
});

describe.each(engines())('recordInspection on %s', (engine) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('records a passed inspection with its items and one audit entry, and lists no runs', async () => {
    db = await openComplianceDb(engine);
    const result = await recordInspection(db.db, 'inspector-a', busInspection('pass'));
    expect(result.inspection).toMatchObject({ vehicleId: 'bus-1', passed: true, countyId: TINY });
    expect(result.openedRectifications).toEqual([]);
    expect(result.runsNeedingReplan).toEqual([]);
    expect(await auditTrail(db)).toEqual(['inspection:create']);
    const [entry] = await listAudit(db.db, TINY, { entity: 'inspection' });
    expect(entry).toMatchObject({ actor: 'inspector-a', entityId: result.inspection.id, before: null, after: { passed: true, items: [{ itemCode: 'brakes' }] } });
  });

  it('opens a rectification due 15 days later for a failed item and lists the published runs from that day', async () => {
    db = await openComplianceDb(engine);
    const result = await recordInspection(db.db, 'inspector-a', busInspection('fail', '2026-12-04'));
    expect(result.inspection.passed).toBe(false);
    expect(result.openedRectifications).toMatchObject([{ itemCode: 'brakes', dueOn: '2026-12-19', status: 'open', note: 'pads worn' }]);
    expect(result.runsNeedingReplan.map((r) => r.runId)).toEqual(['run-fri', 'run-sun']);
    expect(await auditTrail(db)).toEqual(['inspection:create', 'rectification:create']);
  });

  it('takes the due date from the policy', async () => {
    db = await openComplianceDb(engine);
    const result = await recordInspection(db.db, 'inspector-a', busInspection('fail'), { rectificationDueDays: 7 });
    expect(result.openedRectifications[0]?.dueOn).toBe('2026-12-08');
  });

  it('closes the open rectification when a re-inspection passes the item, and does not duplicate it on a second failure', async () => {
    db = await openComplianceDb(engine);
    const first = await recordInspection(db.db, 'a', busInspection('fail', '2026-12-01'));
    const again = await recordInspection(db.db, 'a', busInspection('fail', '2026-12-02'));
    expect(again.openedRectifications).toEqual([]);
    const fixed = await recordInspection(db.db, 'a', busInspection('pass', '2026-12-03'));
    expect(fixed.closedRectifications).toMatchObject([{ id: first.openedRectifications[0]?.id, status: 'closed', closedOn: '2026-12-03', closedByInspectionId: fixed.inspection.id }]);
    expect(await auditTrail(db)).toEqual(['inspection:create', 'rectification:create', 'inspection:create', 'inspection:create', 'rectification:close']);
  });

  it('rejects items that do not match the active checklist, listing every problem, and writes nothing', async () => {
    db = await openComplianceDb(engine);
    const input = { vehicleId: 'bus-1', inspectedOn: '2026-12-01', inspector: 'a', items: [{ itemCode: 'life_jackets', outcome: 'pass' as const }, { itemCode: 'nope', outcome: 'fail' as const }] };
    const error = await recordInspection(db.db, 'a', input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).details.map((d) => d.message)).toEqual([
      'life_jackets is not an active checklist item for a bus', 'nope is not an active checklist item for a bus', 'missing an outcome for brakes (Brakes)',
    ]);
    expect([await countRows(db, 'inspection'), await auditTrail(db)]).toEqual([3, []]);
  });

  it('rejects an inspection dated before the latest one, an unknown vehicle, and an empty actor', async () => {
    db = await openComplianceDb(engine);
    await expect(recordInspection(db.db, 'a', busInspection('pass', '2026-09-14'))).rejects.toBeInstanceOf(Conflict);
    await expect(recordInspection(db.db, 'a', { ...busInspection('pass'), vehicleId: 'bus-9' })).rejects.toBeInstanceOf(NotFound);
    await expect(recordInspection(db.db, ' ', busInspection('pass'))).rejects.toBeInstanceOf(InvalidInput);
  });

  it('leaves neither the inspection nor an audit entry when a write fails half-way', async () => {
    db = await openComplianceDb(engine);
    await breakWritesTo(db, 'rectification');
    await expect(recordInspection(db.db, 'a', busInspection('fail'))).rejects.toThrow(/refused/);
    expect([await countRows(db, 'inspection'), await countRows(db, 'inspection_item'), await auditTrail(db)]).toEqual([3, 4, []]);
  });
});

describe.each(engines())('closeRectification and listRunsNeedingReplan on %s', (engine) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('closes a rectification with a later passed re-inspection recorded without items, and refuses a failed one', async () => {
    db = await openComplianceDb(engine);
    const { openedRectifications: [rect] } = await recordInspection(db.db, 'a', busInspection('fail', '2026-12-01'));
    const base = { countyId: TINY, vehicleId: 'bus-1', inspector: 'b', note: '' };
    await upsertInspections(db.db, [{ ...base, id: 'i-bad', inspectedOn: '2026-12-02', passed: false }, { ...base, id: 'i-ok', inspectedOn: '2026-12-03', passed: true }]);
    await expect(closeRectification(db.db, 'a', { rectificationId: rect!.id, inspectionId: 'i-bad' })).rejects.toBeInstanceOf(Conflict);
    const closed = await closeRectification(db.db, 'a', { rectificationId: rect!.id, inspectionId: 'i-ok', note: 'pads replaced' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-12-03', closedByInspectionId: 'i-ok', note: 'pads replaced' });
    await expect(closeRectification(db.db, 'a', { rectificationId: rect!.id, inspectionId: 'i-ok' })).rejects.toBeInstanceOf(Conflict);
    expect(await auditTrail(db)).toEqual(['inspection:create', 'rectification:create', 'rectification:close']);
  });

  it('lists only runs of published schedules on or after the date', async () => {
    db = await openComplianceDb(engine);
    expect((await listRunsNeedingReplan(db.db, 'bus-1', '2026-12-04')).map((r) => r.runId)).toEqual(['run-fri', 'run-sun']);
    expect((await listRunsNeedingReplan(db.db, 'bus-1', '2026-12-05')).map((r) => r.runId)).toEqual(['run-sun']);
    const [run] = await listRunsNeedingReplan(db.db, 'boat-1', '2026-11-01');
    expect(run).toMatchObject({ runId: 'run-boat', scheduleId: 's-pub', friday: '2026-12-04', scheduleVersion: 1, serviceDate: '2026-12-04', departsAt: '2026-12-04T07:30:00.000Z' });
  });
});
