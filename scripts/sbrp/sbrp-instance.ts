import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { InvalidInput } from '../../src/domain/errors.js';

/**
 * A Park–Tae–Kim (2012) school bus instance in the tab-separated form of the BiRD code (Bertsimas,
 * Delarue & Martin 2019): schools with a bell time, stops with one school and a student count.
 * Coordinates in feet.
 */
export interface SbrpInstance {
  readonly name: string;
  readonly schools: readonly SbrpSchool[];
  readonly stops: readonly SbrpStop[];
}

export interface SbrpSchool {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** `AMEARLY` as seconds after midnight: the time drop-off must be finished (the fixed bell time). */
  readonly bellS: number;
}

export interface SbrpStop {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly schoolId: string;
  readonly students: number;
}

const num = z.coerce.number().refine(Number.isFinite, 'must be a number');
const SchoolRow = z.object({ ID: z.string().min(1), X: num, Y: num, AMEARLY: z.string().regex(/^\d{3,4}$/, 'must be hhmm') });
const StopRow = z.object({ ID: z.string().min(1), X_COORD: num, Y_COORD: num, EP_ID: z.string().min(1), STUDENT_COUNT: z.coerce.number().int().min(1) });

function rows(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim());
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [header[i] ?? `col${i}`, v.trim()])));
}

/** `hhmm` (3 or 4 digits: `510` = 05:10) to seconds after midnight. */
export function hhmmToSeconds(hhmm: string): number {
  const value = Number(hhmm);
  return Math.floor(value / 100) * 3600 + (value % 100) * 60;
}

/** Reads `<dir>/Schools.txt` and `<dir>/Stops.txt`, validating every row. */
export async function readSbrpInstance(dir: string): Promise<SbrpInstance> {
  const schoolRows = rows(await readFile(join(dir, 'Schools.txt'), 'utf8'));
  const stopRows = rows(await readFile(join(dir, 'Stops.txt'), 'utf8'));
  const problems: { file: string; row: number; message: string }[] = [];
  const schools: SbrpSchool[] = [];
  schoolRows.forEach((r, i) => {
    const p = SchoolRow.safeParse(r);
    if (p.success) schools.push({ id: p.data.ID, x: p.data.X, y: p.data.Y, bellS: hhmmToSeconds(p.data.AMEARLY) });
    else problems.push({ file: 'Schools.txt', row: i + 1, message: p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') });
  });
  const known = new Set(schools.map((s) => s.id));
  const stops: SbrpStop[] = [];
  stopRows.forEach((r, i) => {
    const p = StopRow.safeParse(r);
    if (!p.success) problems.push({ file: 'Stops.txt', row: i + 1, message: p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') });
    else if (!known.has(p.data.EP_ID)) problems.push({ file: 'Stops.txt', row: i + 1, message: `unknown school ${p.data.EP_ID}` });
    else stops.push({ id: p.data.ID, x: p.data.X_COORD, y: p.data.Y_COORD, schoolId: p.data.EP_ID, students: p.data.STUDENT_COUNT });
  });
  if (problems.length > 0) throw new InvalidInput(`SBRP instance ${dir} rejected`, problems);
  return { name: basename(dir), schools, stops };
}
