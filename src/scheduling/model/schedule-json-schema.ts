import { z } from 'zod';
import { Schedule } from './schedule-schema.js';

/**
 * The JSON Schema (draft 2020-12) of the schedule export format, generated from the zod schema, as the
 * text of docs/schedule-format.schema.json (a test keeps the file in sync). Refinements that JSON Schema
 * cannot say (a date that exists, a Friday) are checked by `Schedule.parse` only.
 */
export function scheduleJsonSchema(): string {
  const schema = z.toJSONSchema(Schedule, { io: 'output', unrepresentable: 'any' });
  const doc = { ...schema, $id: 'https://weekend-shuttle.example/schedule-format.schema.json', title: 'weekend-shuttle schedule export, format version 1' };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
