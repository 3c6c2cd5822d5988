import { parseCsvText } from '../dataset/csv-text.js';
import { decodeTable, type DecodedTable, type TableCodec } from '../dataset/table-codec.js';
import { DRIVERS, INSPECTIONS, INSURANCE, VEHICLES } from '../dataset/tables.js';
import type { Inspection, Insurance } from '../domain/compliance-records.js';
import type { Driver, Vehicle } from '../domain/fleet.js';

/** The compliance CSV files a county can import, with the row each holds. */
export interface ComplianceCsvRows {
  vehicles: Vehicle;
  drivers: Driver;
  inspections: Inspection;
  insurance: Insurance;
}

/** A kind of compliance CSV file. */
export type ComplianceCsvKind = keyof ComplianceCsvRows;

/** The dataset codec of each kind: same columns as the county dataset files. */
export const COMPLIANCE_CSV_CODECS: { readonly [K in ComplianceCsvKind]: TableCodec<ComplianceCsvRows[K]> } = {
  vehicles: VEHICLES, drivers: DRIVERS, inspections: INSPECTIONS, insurance: INSURANCE,
};

/** Decoded rows with the file row number (1-based, header excluded) of each, and every error. */
export interface DecodedCsv<T> extends DecodedTable<T> {
  readonly rowNumbers: number[];
}

/**
 * Parses and validates a compliance CSV text row by row with the dataset codec (zod schema per row),
 * collecting every error with its row and column. A malformed file throws `InvalidInput`.
 */
export function decodeComplianceCsv<K extends ComplianceCsvKind>(kind: K, text: string): DecodedCsv<ComplianceCsvRows[K]> {
  const codec = COMPLIANCE_CSV_CODECS[kind];
  const { header, rows } = parseCsvText(text, codec.file);
  const out: DecodedCsv<ComplianceCsvRows[K]> = { rows: [], rowNumbers: [], errors: [] };
  const headerCheck = decodeTable(codec, header, []);
  if (headerCheck.errors.length > 0) return { ...out, errors: headerCheck.errors };
  rows.forEach((cells, i) => {
    const one = decodeTable(codec, header, [cells]);
    for (const e of one.errors) out.errors.push({ ...e, row: i + 1 });
    for (const r of one.rows) {
      out.rows.push(r);
      out.rowNumbers.push(i + 1);
    }
  });
  if (rows.length === 0) out.errors.push({ file: codec.file, message: 'no data rows' });
  return out;
}
