import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../../src/api/auth/api-token-store.js';
import { startServer } from '../../../src/api/server.js';
import { importDataset } from '../../../src/db/import-dataset.js';
import { openTestDb } from '../../helpers/test-database.js';
import { FIXTURE_FRIDAY } from '../helpers/schedule-fixture.js';
import { COUNTY, twoScopeCounty } from '../helpers/two-scope-county.js';

describe('startServer and schedule jobs', () => {
  it('fails jobs left active before it listens, and cancels a running job on shutdown before the database closes', async () => {
    const db = await openTestDb('pglite', 'empty');
    await importDataset(db.db, twoScopeCounty());
    await db.db.insertInto('schedule_job').values({
      id: 'job_left', county_id: COUNTY, friday: '2027-01-08', status: 'queued', request: JSON.stringify({ friday: '2027-01-08' }), requested_by: 'test',
    }).execute();
    const { secret } = await createApiToken(db.db, { countyId: COUNTY, role: 'coordinator' });
    const status = (id: string) => db.db.selectFrom('schedule_job').select(['status', 'error']).where('id', '=', id).executeTakeFirstOrThrow();
    const server = await startServer({ db: { ...db, close: async () => undefined }, port: 0, countyId: COUNTY, logger: pino({ level: 'silent' }), handleSignals: false, jobGraceMs: 0 });
    try {
      expect(await status('job_left')).toMatchObject({ status: 'failed', error: { code: 'interrupted' } });
      // Default budgets: the job runs for many seconds, so it is running when the server stops.
      const res = await fetch(`${server.url}/api/v1/schedules`, {
        method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: JSON.stringify({ friday: FIXTURE_FRIDAY }),
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      await server.shutdown('test');
      expect(server.jobs.active).toBe(0);
      expect(await status(id)).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
    } finally {
      await db.close();
    }
  });
});
