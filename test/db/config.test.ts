import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbConfigFromEnv } from '../../src/db/config.js';
import { InvalidInput } from '../../src/domain/errors.js';

describe('database configuration', () => {
  it('uses embedded PGlite in ./.data by default', () => {
    expect(dbConfigFromEnv({})).toEqual({ kind: 'pglite', dataDir: resolve('.data') });
  });

  it('keeps PGlite data where DATA_DIR says', () => {
    expect(dbConfigFromEnv({ DATA_DIR: '/tmp/ws-data' })).toEqual({ kind: 'pglite', dataDir: '/tmp/ws-data' });
  });

  it('uses a PostgreSQL server when DATABASE_URL is set', () => {
    expect(dbConfigFromEnv({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' })).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
  });

  it('treats empty variables as unset', () => {
    expect(dbConfigFromEnv({ DATABASE_URL: '', DATA_DIR: '' }).kind).toBe('pglite');
  });

  it.each(['mysql://localhost/db', 'localhost:5432'])('rejects DATABASE_URL %s with a message naming the variable', (url) => {
    expect(() => dbConfigFromEnv({ DATABASE_URL: url })).toThrow(InvalidInput);
    try {
      dbConfigFromEnv({ DATABASE_URL: url });
    } catch (error) {
      expect((error as InvalidInput).details[0]?.field).toBe('DATABASE_URL');
    }
  });
});
