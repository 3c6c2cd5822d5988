import { z } from 'zod';
import { importComplianceCsv } from '../../compliance/index.js';
import { decodeComplianceCsv, type ComplianceCsvKind } from '../../db/compliance-csv.js';
import { InvalidInput, type ErrorDetail } from '../../domain/errors.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';

const ImportParams = z.strictObject({
  kind: z.enum(['vehicles', 'drivers', 'inspections', 'insurance']).meta({ description: 'which file: the columns of the county dataset\'s CSV of that name' }),
});

const ImportResultOut = z
  .object({
    kind: z.enum(['vehicles', 'drivers', 'inspections', 'insurance']),
    rows: z.number().int().min(0), created: z.number().int().min(0), updated: z.number().int().min(0), unchanged: z.number().int().min(0),
  })
  .meta({ id: 'ImportResult' });

/**
 * Rows whose `county_id` is not the served county: refused here, since the import service writes to
 * whichever county a row names. Reported with the file's own decoding errors.
 */
function countyErrors(kind: ComplianceCsvKind, text: string, countyId: number): ErrorDetail[] {
  const decoded = decodeComplianceCsv(kind, text);
  const wrong = decoded.rows.flatMap((row, i) => (row.countyId === countyId ? [] : [{ row: decoded.rowNumbers[i] ?? i + 1, field: 'county_id', message: `must be ${countyId}, the county this server serves` }]));
  return wrong.length === 0 ? [] : [...decoded.errors, ...wrong].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** CSV imports of compliance records: coordinators only. */
export const importsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'post', path: '/api/v1/imports/{kind}', operationId: 'importCsv', tag: 'compliance', access: ['coordinator'],
    summary: 'Import a CSV of vehicles, drivers, inspections or insurance policies (the county dataset\'s columns), all or nothing.',
    description: 'Send `Content-Type: text/csv` (UTF-8). Every row is validated and its references checked; a file with any bad row is rejected with 400 listing every error with its `row` (1-based, header excluded) and column as `path`, and nothing is written. Otherwise new and changed rows are written with one audit entry each, in one transaction. Imported inspections carry no item results and open no rectifications.',
    params: ImportParams,
    body: z.string().min(1, 'the CSV body is empty').meta({ description: 'the CSV file, header first' }),
    bodyMediaType: 'text/csv',
    success: { status: 200, description: 'what the import wrote', schema: ImportResultOut },
    handle: async ({ params, body }, ctx) => {
      const wrongCounty = countyErrors(params.kind, body, ctx.countyId);
      if (wrongCounty.length > 0) throw new InvalidInput(`${params.kind}: rows of another county, nothing imported`, wrongCounty);
      return importComplianceCsv(ctx.db, ctx.scope.actor, params.kind, body);
    },
  }),
];
