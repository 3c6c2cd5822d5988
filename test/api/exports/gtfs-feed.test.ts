import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gtfsFeed } from '../../../src/api/exports/gtfs-feed.js';
import type { Schedule } from '../../../src/scheduling/index.js';
import { startHarness, type ApiHarness } from '../helpers/api-harness.js';
import { fixtureSchedules } from '../helpers/schedule-fixture.js';
import { twoScopeCounty } from '../helpers/two-scope-county.js';

type Row = Record<string, string>;
type Feed = Record<string, Row[]>;

const FILES = ['agency.txt', 'stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt', 'calendar_dates.txt', 'feed_info.txt'];

/** Unzips a feed and parses every file (header row → keys). */
function readFeed(zip: Uint8Array): Feed {
  const files = unzipSync(zip);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, parse(strFromU8(bytes), { columns: true, skip_empty_lines: true }) as Row[]]));
}

const seconds = (t: string): number => {
  const [h, m, s] = t.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
};

/** Every reference of the feed resolves, and its fields have their GTFS forms. */
function expectConsistent(feed: Feed): void {
  expect(Object.keys(feed).sort()).toEqual([...FILES].sort());
  const ids = (file: string, key: string) => new Set((feed[file] ?? []).map((r) => r[key]));
  const [agencies, stops, routes, trips, services] = [ids('agency.txt', 'agency_id'), ids('stops.txt', 'stop_id'), ids('routes.txt', 'route_id'), ids('trips.txt', 'trip_id'), ids('calendar_dates.txt', 'service_id')];
  expect(trips.size).toBeGreaterThan(0);
  for (const r of feed['routes.txt'] ?? []) {
    expect(agencies.has(r['agency_id'])).toBe(true);
    expect(['3', '4']).toContain(r['route_type']);
  }
  for (const t of feed['trips.txt'] ?? []) {
    expect(routes.has(t['route_id']), t['trip_id']).toBe(true);
    expect(services.has(t['service_id']), t['trip_id']).toBe(true);
    expect(t['block_id']).toMatch(/^duty-\d+-/);
  }
  for (const s of feed['stops.txt'] ?? []) {
    expect(Number(s['stop_lat'])).toBeGreaterThan(-90);
    expect(Number(s['stop_lon'])).toBeGreaterThan(-180);
  }
  const byTrip = new Map<string, Row[]>();
  for (const st of feed['stop_times.txt'] ?? []) {
    expect(trips.has(st['trip_id']), st['trip_id']).toBe(true);
    expect(stops.has(st['stop_id']), st['stop_id']).toBe(true);
    expect(st['arrival_time']).toMatch(/^\d{2,}:[0-5]\d:[0-5]\d$/);
    expect(seconds(st['departure_time'] ?? '')).toBeGreaterThanOrEqual(seconds(st['arrival_time'] ?? ''));
    byTrip.set(st['trip_id'] ?? '', [...(byTrip.get(st['trip_id'] ?? '') ?? []), st]);
  }
  expect([...byTrip.keys()].sort()).toEqual([...trips].sort());
  for (const times of byTrip.values()) {
    const seq = times.map((t) => Number(t['stop_sequence']));
    expect(seq).toEqual([...seq].sort((a, b) => a - b));
    expect(new Set(seq).size).toBe(seq.length);
  }
  for (const c of feed['calendar_dates.txt'] ?? []) expect(c['date']).toMatch(/^\d{8}$/);
  expect(feed['feed_info.txt']).toHaveLength(1);
}

describe('the GTFS feed of a schedule version', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness('pglite', {}, { schedules: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it('downloads as a zip whose files all parse and whose ids all resolve', async () => {
    const res = await api.request('coordinator', api.path('/api/v1/schedules/{published}/gtfs.zip'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="gtfs-2026-12-04-v1\.zip"/);
    const feed = readFeed(new Uint8Array(await res.arrayBuffer()));
    expectConsistent(feed);
    expect(feed['agency.txt']?.[0]).toMatchObject({ agency_timezone: 'Asia/Shanghai', agency_url: `${api.base}/` });
    expect(feed['routes.txt']?.map((r) => r['route_type'])).toEqual(['3']);
    // Each run's stops: the home run leaves the gate, where only boarding happens.
    const home = (feed['stop_times.txt'] ?? []).filter((s) => s['trip_id'] === 'H-school-1-01');
    expect(home[0]).toMatchObject({ stop_id: 'gate-1', pickup_type: '0', drop_off_type: '1', stop_sequence: '1' });
  });

  it('gives boat runs a ferry route (route_type 4) of their own, on the same vehicle duty blocks (SYNTHETIC boat run)', async () => {
    const [schedule] = await fixtureSchedules();
    const bus = schedule.runs[0]!;
    const boat = {
      ...bus, id: 'H-school-1-B1', mode: 'boat' as const, vehicleId: 'boat-1', driverId: 'd-2', dutyNo: 99, seqInDuty: 1,
      stops: [{ placeId: 'pier-1', arriveS: 61_200, departS: 61_500, boarding: 1, alighting: 0 }, { placeId: 'v-3', arriveS: 63_700, departS: 63_700, boarding: 0, alighting: 1 }],
      legs: [{ distanceM: 11_000, durationS: 2_200, lowestSpeedCapKmh: 18, usesLowGrade: false }],
    };
    const withBoat: Schedule = { ...schedule, runs: [...schedule.runs, boat] };
    const county = twoScopeCounty();
    const feed = readFeed(gtfsFeed(withBoat, {
      countyId: 999001, countyNameZh: '小县', timeZone: 'Asia/Shanghai', url: 'http://127.0.0.1/', scheduleId: 'S', version: 1,
      places: new Map(county.places.map((p) => [p.id, { nameZh: p.nameZh, lat: p.lat, lon: p.lon }])), schoolNames: new Map([['school-1', '小镇小学']]),
    }));
    expectConsistent(feed);
    expect(feed['routes.txt']?.map((r) => [r['route_id'], r['route_type']])).toEqual([['school-1-boat', '4'], ['school-1-bus', '3']]);
    expect(feed['trips.txt']?.find((t) => t['trip_id'] === 'H-school-1-B1')).toMatchObject({ route_id: 'school-1-boat', block_id: 'duty-99-boat-1', service_id: 'D20261204' });
    expect(feed['stop_times.txt']?.filter((s) => s['trip_id'] === 'H-school-1-B1').map((s) => s['arrival_time'])).toEqual(['17:00:00', '17:41:40']);
  });

  it('writes times past midnight of the service date as hours beyond 24 (a run that crosses midnight)', async () => {
    const [schedule] = await fixtureSchedules();
    const run = schedule.runs[0]!;
    const late = { ...run, stops: run.stops.map((s, k) => ({ ...s, arriveS: 86_100 + k * 600, departS: 86_100 + k * 600 + (k === run.stops.length - 1 ? 0 : 60) })) };
    const feed = readFeed(gtfsFeed({ ...schedule, runs: [late] }, {
      countyId: 999001, countyNameZh: '小县', timeZone: 'Asia/Shanghai', url: 'http://127.0.0.1/', scheduleId: 'S', version: 1,
      places: new Map(twoScopeCounty().places.map((p) => [p.id, { nameZh: p.nameZh, lat: p.lat, lon: p.lon }])), schoolNames: new Map(),
    }));
    expect(feed['stop_times.txt']?.map((s) => s['arrival_time'])).toEqual(['23:55:00', '24:05:00', '24:15:00'].slice(0, late.stops.length));
  });
});
