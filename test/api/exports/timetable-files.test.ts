import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMETABLE_CSV_COLUMNS } from '../../../src/api/exports/timetable-csv.js';
import { startHarness, type ApiHarness } from '../helpers/api-harness.js';
import { FIXTURE_FRIDAY } from '../helpers/schedule-fixture.js';

interface Timetable { runs: { id: string; stops: unknown[] }[] }

/** RFC 5545 §3.1: joins folded lines (CRLF followed by a space) and splits the content lines. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter((l) => l !== '');
}

/** The value of a property in one VEVENT block (lines between BEGIN and END). */
const valueOf = (lines: readonly string[], name: string): string | undefined => lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

function events(ics: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of contentLines(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current !== null) {
      out.push(current);
      current = null;
    } else current?.push(line);
  }
  return out;
}

describe("a school's timetable files", () => {
  let api: ApiHarness;
  let timetable: Timetable;
  beforeAll(async () => {
    api = await startHarness('pglite', {}, { schedules: true });
    timetable = (await (await api.request('school', `/api/v1/schools/school-1/timetable?friday=${FIXTURE_FRIDAY}`)).json()) as Timetable;
  });
  afterAll(async () => {
    await api.close();
  });

  it('downloads a CSV with one row per stop of each run, Excel-readable (BOM) and named after the school and weekend', async () => {
    const res = await api.request('school', `/api/v1/schools/school-1/timetable.csv?friday=${FIXTURE_FRIDAY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="school-1-${FIXTURE_FRIDAY}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...TIMETABLE_CSV_COLUMNS]);
    expect(rows).toHaveLength(timetable.runs.reduce((n, r) => n + r.stops.length, 0));
    expect(rows.every((r) => r['school_id'] === 'school-1' && /^\d{2}:\d{2}$/.test(r['arrive'] ?? ''))).toBe(true);
    expect(rows.map((r) => r['stop_name'])).toContain('小镇小学');
  });

  it('downloads an iCalendar file: one event per run in Asia/Shanghai time, stops in the description, lines folded at 75 octets', async () => {
    const res = await api.request('school', `/api/v1/schools/school-1/timetable.ics?friday=${FIXTURE_FRIDAY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const lines = contentLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('TZID:Asia/Shanghai');
    const vevents = events(ics);
    expect(vevents).toHaveLength(timetable.runs.length);
    for (const [k, e] of vevents.entries()) {
      expect(valueOf(e, 'UID')).toBe(`999001-${FIXTURE_FRIDAY}-${timetable.runs[k]?.id}@weekend-shuttle`);
      expect(e.find((l) => l.startsWith('DTSTART'))).toMatch(/^DTSTART;TZID=Asia\/Shanghai:2026120[46]T\d{6}$/);
      expect(valueOf(e, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
      expect(valueOf(e, 'DESCRIPTION')).toContain('驾驶员 1');
      expect(valueOf(e, 'STATUS')).toBe('CONFIRMED');
    }
  });

  it('keeps each run\'s UID across versions and raises SEQUENCE, so calendars update the events', async () => {
    const uidsOf = async (query: string) => events(await (await api.request('coordinator', api.path(`/api/v1/schools/school-1/timetable.ics?friday=${FIXTURE_FRIDAY}${query}`))).text())
      .map((e) => [valueOf(e, 'UID'), valueOf(e, 'SEQUENCE')]);
    const published = await uidsOf('');
    const draft = await uidsOf('&schedule={draft}');
    expect(draft.map(([uid]) => uid)).toEqual(published.map(([uid]) => uid));
    expect(published.every(([, seq]) => seq === '1')).toBe(true);
    expect(draft.every(([, seq]) => seq === '2')).toBe(true);
  });
});
