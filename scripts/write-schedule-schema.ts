import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scheduleJsonSchema } from '../src/scheduling/model/schedule-json-schema.js';

/** Writes docs/schedule-format.schema.json from the zod schema (`npx tsx scripts/write-schedule-schema.ts`). */
const out = resolve(import.meta.dirname, '..', 'docs', 'schedule-format.schema.json');
writeFileSync(out, scheduleJsonSchema());
console.log(`written ${out}`);
