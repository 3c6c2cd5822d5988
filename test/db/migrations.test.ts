import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { assertMigrated, migrateDown, migrateToLatest, migrateToNone } from '../../src/db/migrator.js';
import { engines, openTestDb } from '../helpers/test-database.js';

async function tableNames(db: Db): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(db.db);
  return result.rows.map((r) => r.table_name);
}

describe.each(engines())('migrations on %s', (engine) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('run up, one step down and up, all the way down and up again, leaving the full schema each time', async () => {
    db = await openTestDb(engine, 'none');
    assertMigrated(await migrateToLatest(db.db));
    const first = await tableNames(db);
    expect(first).toContain('road_segment');
    expect(first).toContain('audit_log');
    expect(first.length).toBeGreaterThanOrEqual(27);

    const down = await migrateDown(db.db);
    assertMigrated(down);
    expect(down.results?.map((r) => r.direction)).toEqual(['Down']);
    assertMigrated(await migrateToLatest(db.db));
    expect(await tableNames(db)).toEqual(first);

    assertMigrated(await migrateToNone(db.db));
    expect(await tableNames(db)).toEqual([]);
    assertMigrated(await migrateToLatest(db.db));
    expect(await tableNames(db)).toEqual(first);
  });

  it('keeps the audit log append-only: update and delete are refused by the database', async () => {
    db = await openTestDb(engine, 'empty');
    await db.db.insertInto('county').values({ id: 999001, name_zh: '小县', name_en: 'Tiny', time_zone: 'Asia/Shanghai', boundary: null, demo_friday: null }).execute();
    await db.db.insertInto('audit_log').values({ county_id: 999001, actor: 'test', entity: 'vehicle', entity_id: 'v', action: 'create', before: null, after: '{}' }).execute();
    await expect(db.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await db.db.selectFrom('audit_log').select(['actor']).execute();
    expect(rows).toEqual([{ actor: 'test' }]);
  });

  it('allows at most one published schedule and one active generation job per county and weekend', async () => {
    db = await openTestDb(engine, 'empty');
    const d = db.db;
    await d.insertInto('county').values({ id: 999001, name_zh: '小县', name_en: 'Tiny', time_zone: 'Asia/Shanghai', boundary: null, demo_friday: null }).execute();
    const schedule = (id: string, version: number) => ({
      id, county_id: 999001, friday: '2026-12-04', version, status: 'published', conditions: '{}', params: '{}', summary: '{}', created_by: 'test',
    });
    await d.insertInto('schedule').values(schedule('s1', 1)).execute();
    await expect(d.insertInto('schedule').values(schedule('s2', 2)).execute()).rejects.toThrow();
    const job = (id: string) => ({ id, county_id: 999001, friday: '2026-12-04', status: 'running', request: '{}', requested_by: 'test' });
    await d.insertInto('schedule_job').values(job('j1')).execute();
    await expect(d.insertInto('schedule_job').values(job('j2')).execute()).rejects.toThrow();
  });
});
