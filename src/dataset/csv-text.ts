import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { InvalidInput } from '../domain/errors.js';

/** A CSV file as a header and data rows of strings (RFC 4180; UTF-8, optional BOM). */
export interface CsvText {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Parses CSV text; a malformed file (unclosed quote, ragged row) is an `InvalidInput` naming the line. */
export function parseCsvText(text: string, file: string): CsvText {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InvalidInput(`${file}: not a valid CSV file`, [{ file, message }]);
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new InvalidInput(`${file}: the file is empty`, [{ file, message: 'no header row' }]);
  return { header: header.map((h) => h.trim()), rows };
}

/** Writes a header and rows as CSV text with `\n` line ends. */
export function formatCsvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header as string[], ...(rows as string[][])], { record_delimiter: '\n' });
}
