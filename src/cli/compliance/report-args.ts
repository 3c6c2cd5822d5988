import { parseArgs } from 'node:util';
import { z } from 'zod';
import { IsoDate } from '../../domain/calendar.js';
import { CountyId, SUICHANG_COUNTY_ID } from '../../domain/county.js';
import { EntityId } from '../../domain/entity-id.js';
import { InvalidInput } from '../../domain/errors.js';

const Args = z.object({
  date: IsoDate,
  operator: EntityId.optional(),
  csv: z.boolean(),
  expiringDays: z.coerce.number().int().min(0).max(365),
  lang: z.enum(['en', 'zh']),
  county: z.coerce.number().pipe(CountyId),
});
/** The options of `npm run compliance`. */
export type ReportArgs = z.infer<typeof Args>;

/**
 * Parses `--date YYYY-MM-DD [--operator ID] [--csv] [--expiring-days N] [--lang en|zh] [--county ID]`;
 * an unknown flag throws `InvalidInput` with the usage, a bad value a `ZodError` naming the flag.
 */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    throw new InvalidInput(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values } = parsed;
  return Args.parse({
    date: values.date, operator: values.operator, csv: values.csv, expiringDays: values['expiring-days'], lang: values.lang, county: values.county,
  });
}

/** One line of usage, shown with a flag error. */
export const USAGE = 'usage: npm run compliance -- --date YYYY-MM-DD [--operator ID] [--csv] [--expiring-days N] [--lang en|zh] [--county ID]';

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      date: { type: 'string' },
      operator: { type: 'string' },
      csv: { type: 'boolean', default: false },
      'expiring-days': { type: 'string', default: '30' },
      lang: { type: 'string', default: 'en' },
      county: { type: 'string', default: String(SUICHANG_COUNTY_ID) },
    },
    strict: true,
  });
}
