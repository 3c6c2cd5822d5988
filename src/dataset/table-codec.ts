import type { z } from 'zod';
import type { ErrorDetail } from '../domain/errors.js';

/** How one CSV cell becomes a typed value. */
export type ColumnType = 'string' | 'int' | 'number' | 'bool' | 'date-or-empty' | 'string-or-empty' | 'list';

/** One column of a CSV table: its header, the domain field it fills, and its cell type. */
export interface ColumnSpec {
  readonly column: string;
  readonly field: string;
  readonly type: ColumnType;
}

/** A CSV table of the dataset: file name, columns and the domain schema each row must satisfy. */
export interface TableCodec<T> {
  readonly file: string;
  readonly columns: readonly ColumnSpec[];
  readonly schema: z.ZodType<T>;
}

/** snake_case header for a camelCase field. */
function toSnake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Builds column specs from `field:type` pairs; headers are the fields in snake_case. */
export function columns(spec: Readonly<Record<string, ColumnType>>): ColumnSpec[] {
  return Object.entries(spec).map(([field, type]) => ({ column: toSnake(field), field, type }));
}

type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

function decodeCell(raw: string, type: ColumnType): CellResult {
  const text = raw.trim();
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'string-or-empty':
    case 'date-or-empty':
      return { ok: true, value: text === '' ? null : text };
    case 'int': {
      if (!/^-?\d+$/.test(text)) return { ok: false, message: `must be a whole number, got "${raw}"` };
      return { ok: true, value: Number(text) };
    }
    case 'number': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) return { ok: false, message: `must be a number, got "${raw}"` };
      return { ok: true, value: n };
    }
    case 'bool': {
      const lower = text.toLowerCase();
      if (lower === 'true' || lower === '1' || lower === 'yes') return { ok: true, value: true };
      if (lower === 'false' || lower === '0' || lower === 'no') return { ok: true, value: false };
      return { ok: false, message: `must be true or false, got "${raw}"` };
    }
    case 'list':
      return { ok: true, value: text === '' ? [] : text.split(';').map((s) => s.trim()) };
  }
}

function encodeCell(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (type === 'list' && Array.isArray(value)) return value.join(';');
  return String(value);
}

/** Result of decoding a table: the valid rows, and every problem found (row numbers 1-based, header excluded). */
export interface DecodedTable<T> {
  readonly rows: T[];
  readonly errors: ErrorDetail[];
}

/**
 * Decodes the rows of a CSV table against its codec: checks the header, converts each cell, then
 * validates each row with the domain schema. Collects every problem instead of stopping at the first.
 */
export function decodeTable<T>(
  codec: TableCodec<T>,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): DecodedTable<T> {
  const file = codec.file;
  const index = new Map(header.map((h, i) => [h, i]));
  const missing = codec.columns.filter((c) => !index.has(c.column)).map((c) => c.column);
  if (missing.length > 0) {
    return { rows: [], errors: [{ file, message: `missing column(s): ${missing.join(', ')}` }] };
  }
  const out: T[] = [];
  const errors: ErrorDetail[] = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    const object: Record<string, unknown> = {};
    let cellsOk = true;
    for (const spec of codec.columns) {
      const result = decodeCell(cells[index.get(spec.column) as number] ?? '', spec.type);
      if (result.ok) object[spec.field] = result.value;
      else {
        cellsOk = false;
        errors.push({ file, row, field: spec.column, message: result.message });
      }
    }
    if (!cellsOk) return;
    const parsed = codec.schema.safeParse(object);
    if (parsed.success) out.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? toSnake(String(issue.path[0])) + issue.path.slice(1).map((p) => `.${String(p)}`).join('') : undefined;
        errors.push({ file, row, ...(field === undefined ? {} : { field }), message: issue.message });
      }
    }
  });
  return { rows: out, errors };
}

/** Encodes domain objects as CSV header + rows, in the codec's column order. */
export function encodeTable<T>(codec: TableCodec<T>, objects: readonly T[]): { header: string[]; rows: string[][] } {
  const header = codec.columns.map((c) => c.column);
  const rows = objects.map((o) => {
    const record = o as Record<string, unknown>;
    return codec.columns.map((c) => encodeCell(record[c.field], c.type));
  });
  return { header, rows };
}
