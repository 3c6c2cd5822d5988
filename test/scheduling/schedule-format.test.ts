import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scheduleJsonSchema } from '../../src/scheduling/model/schedule-json-schema.js';

describe('the schedule export format', () => {
  it('has its JSON Schema file in sync with the zod schema (regenerate: npx tsx scripts/write-schedule-schema.ts)', () => {
    const file = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'schedule-format.schema.json'), 'utf8');
    expect(file).toBe(scheduleJsonSchema());
  });
});
