import { readFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/calendar.js';
import { haversineM, polylineLengthM, type Position } from '../../src/domain/geo.js';
import { readDataset } from '../../src/dataset/dataset-files.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { buildInto } from '../../scripts/build-dataset.js';
import { buildSuichangDataset } from '../../scripts/dataset/build.js';
import { ReferenceRoadGraph } from './reference-road-graph.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DATA = join(ROOT, 'data', 'suichang');
const REFERENCE = join(ROOT, 'data', 'reference', 'suichang');
const COUNTY_SEAT = '331123001';
/** Published road km from the county town (township_facts.csv); the dataset must be within ±10 %. */
const PUBLISHED_KM: ReadonlyArray<readonly [string, string, number]> = [
  ['北界镇', '331123103', 27],
  ['王村口镇', '331123107', 50],
  ['蔡源乡', '331123205', 50],
  ['龙洋乡', '331123207', 72],
  ['黄沙腰镇', '331123108', 85],
  ['湖山乡', '331123204', 46],
];

let d: Dataset;
let graph: ReferenceRoadGraph;
let fromSeat: Map<string, number>;
const seatNode = (code: string): string => {
  const t = d.townships.find((x) => x.id === code);
  const node = t === undefined ? undefined : graph.nodeAt([t.lon, t.lat]);
  if (node === undefined) throw new Error(`township ${code} has no seat node`);
  return node;
};
const straightM = (c: readonly Position[]) => haversineM(c[0] as Position, c[c.length - 1] as Position);

beforeAll(async () => {
  d = await readDataset(DATA);
  graph = new ReferenceRoadGraph(d.roads);
  fromSeat = graph.distancesFrom(seatNode(COUNTY_SEAT));
});

describe('the Suichang dataset: published counts', () => {
  it('has the 20 townships, 211 villages, 33 schools of which 18 run shuttles', () => {
    expect(d.townships).toHaveLength(20);
    expect(d.places.filter((p) => p.villageCode !== null)).toHaveLength(211);
    expect(d.schools).toHaveLength(33);
    expect(d.schools.filter((s) => s.runsShuttle)).toHaveLength(18);
  });

  it('has 8,615 boarders, one student row each, matching every school\'s boarders', () => {
    expect(d.students).toHaveLength(8615);
    expect(d.schools.reduce((a, s) => a + s.boarders, 0)).toBe(8615);
    for (const s of d.schools) expect(d.students.filter((st) => st.schoolId === s.id)).toHaveLength(s.boarders);
  });

  it('has 6,283 students who need a ride and 3,380 riders, all at shuttle schools (53.8 %)', () => {
    const need = d.students.filter((s) => s.needsRide);
    const ride = d.students.filter((s) => s.currentlyRides);
    const shuttle = new Set(d.schools.filter((s) => s.runsShuttle).map((s) => s.id));
    expect(need).toHaveLength(6283);
    expect(ride).toHaveLength(3380);
    expect(ride.every((s) => s.needsRide && shuttle.has(s.schoolId))).toBe(true);
    expect(Math.round((1000 * ride.length) / need.length) / 10).toBe(53.8);
  });

  it('has 112 contracted coaches and 3-4 boats of 20-30 places at a pier', () => {
    const pier = new Set(d.places.filter((p) => p.kind === 'pier').map((p) => p.id));
    const boats = d.vehicles.filter((v) => v.kind === 'boat');
    expect(d.vehicles.filter((v) => v.kind === 'bus')).toHaveLength(112);
    expect(boats.length).toBeGreaterThanOrEqual(3);
    expect(boats.length).toBeLessThanOrEqual(4);
    for (const b of boats) {
      expect(b.approvedCapacity).toBeGreaterThanOrEqual(20);
      expect(b.approvedCapacity).toBeLessThanOrEqual(30);
      expect(pier.has(b.homeDepotPlaceId)).toBe(true);
    }
  });

  it('records the demo Friday 2026-12-04 and the county 331123 in its manifest', () => {
    expect(d.manifest.demoFriday).toBe('2026-12-04');
    expect(d.manifest.county).toEqual({ id: 331123, nameZh: '遂昌县', nameEn: 'Suichang County', timeZone: 'Asia/Shanghai' });
  });
});

describe('the Suichang dataset: road network', () => {
  it('is about 1,500 km long (1,350-1,650 km)', () => {
    const km = d.roads.reduce((a, s) => a + s.lengthM, 0) / 1000;
    expect(km).toBeGreaterThanOrEqual(1350);
    expect(km).toBeLessThanOrEqual(1650);
  });

  it('winds like mountain roads: detour 1.3-1.8 above 1 km, expressway 1.05-1.3', () => {
    const bad = d.roads.filter((s) => {
      const straight = straightM(s.geometry.coordinates);
      const ratio = s.lengthM / straight;
      if (s.roadClass === 'expressway') return ratio < 1.05 || ratio > 1.3;
      return straight > 1000 ? ratio < 1.3 || ratio > 1.8 : ratio > 1.8;
    });
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('draws each segment as a line as long as its length (within 3 %) that starts and ends on its nodes', () => {
    const off = d.roads.filter((s) => Math.abs(polylineLengthM(s.geometry.coordinates) / s.lengthM - 1) > 0.03);
    expect(off.map((s) => s.id)).toEqual([]);
    expect(graph.misplacedNodes).toEqual([]);
  });

  it('uses every road class and flags hazards on 25-40 % of township and village road km', () => {
    expect(new Set(d.roads.map((s) => s.roadClass)).size).toBe(6);
    const low = d.roads.filter((s) => s.roadClass === 'township' || s.roadClass === 'village');
    const flagged = low.filter((s) => Object.values(s.hazards).some(Boolean));
    const share = flagged.reduce((a, s) => a + s.lengthM, 0) / low.reduce((a, s) => a + s.lengthM, 0);
    expect(share).toBeGreaterThanOrEqual(0.25);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it('has no standing closures in the base data', () => {
    expect(d.roads.filter((s) => s.closure !== null)).toEqual([]);
    expect(d.waterways.filter((w) => w.closure !== null)).toEqual([]);
  });

  it.each(PUBLISHED_KM)('puts %s within 10 %% of its published road distance from the county town', (_name, code, km) => {
    const got = (fromSeat.get(seatNode(code)) ?? Infinity) / 1000;
    expect(got).toBeGreaterThanOrEqual(km * 0.9);
    expect(got).toBeLessThanOrEqual(km * 1.1);
  });

  it('makes 柘岱口乡 the farthest township, 130+ km by road', () => {
    const far = d.townships.map((t) => ({ t, km: (fromSeat.get(seatNode(t.id)) ?? Infinity) / 1000 })).sort((a, b) => b.km - a.km)[0];
    expect(far?.t.nameZh).toBe('柘岱口乡');
    expect(far?.km).toBeGreaterThanOrEqual(130);
  });

  it('reaches 柘岱口乡 only through 黄沙腰 and 举淤口 in 西畈 (a ridge separates it from 黄沙腰)', () => {
    const zhedaikou = seatNode('331123208');
    const juyukou = d.places.find((p) => p.villageCode === '331123209217');
    const gates = [seatNode('331123108'), graph.nodeAt([juyukou?.lon ?? 0, juyukou?.lat ?? 0]) as string];
    for (const node of gates) expect(graph.distancesFrom(seatNode(COUNTY_SEAT), node).has(zhedaikou)).toBe(false);
  });
});

describe('the Suichang dataset: places and reachability', () => {
  it('puts every road place exactly on a road node and every node within reach of the county seat', () => {
    const roadPlaces = d.places.filter((p) => p.access !== 'water');
    const off = roadPlaces.filter((p) => graph.nodeAt([p.lon, p.lat]) === undefined).map((p) => p.id);
    expect(off).toEqual([]);
    expect(fromSeat.size).toBe(graph.positions.size);
  });

  it('reaches the water-only villages by boat legs from a pier that is on the road network', () => {
    const water = d.places.filter((p) => p.access === 'water');
    const piers = new Set(d.places.filter((p) => p.kind === 'pier' && p.access === 'both').map((p) => p.id));
    expect(water.length).toBeGreaterThanOrEqual(3);
    expect(water.length).toBeLessThanOrEqual(4);
    for (const p of water) {
      expect(graph.nodeAt([p.lon, p.lat])).toBeUndefined();
      expect(p.townshipId).toBe('331123204');
      const leg = d.waterways.find((w) => w.toPlaceId === p.id);
      expect(leg !== undefined && piers.has(leg.fromPlaceId)).toBe(true);
      expect(leg?.lengthM).toBeGreaterThanOrEqual(3000);
      expect(leg?.lengthM).toBeLessThanOrEqual(15000);
    }
  });

  it('gives every school a gate in its own township', () => {
    const places = new Map(d.places.map((p) => [p.id, p]));
    for (const s of d.schools) expect(places.get(s.gatePlaceId)?.townshipId).toBe(s.townshipId);
  });

  it('homes every student at a village stop (or water landing) that exists', () => {
    const stops = new Set(d.places.filter((p) => p.kind === 'village_stop').map((p) => p.id));
    expect(d.students.filter((s) => !stops.has(s.homePlaceId))).toEqual([]);
  });

  it('homes the water-only villages\' students at the 湖山 schools, all of them riding', () => {
    const water = new Set(d.places.filter((p) => p.access === 'water').map((p) => p.id));
    const theirs = d.students.filter((s) => water.has(s.homePlaceId));
    expect(new Set(theirs.map((s) => s.schoolId))).toEqual(new Set(['SCH16', 'SCH17']));
    expect(theirs.every((s) => s.needsRide && s.currentlyRides)).toBe(true);
  });

  it('has 1-80 students who need a ride in every village that has any', () => {
    const per = new Map<string, number>();
    for (const s of d.students) if (s.needsRide) per.set(s.homePlaceId, (per.get(s.homePlaceId) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(80);
    expect(Math.min(...per.values())).toBeGreaterThanOrEqual(1);
  });
});

describe('the Suichang dataset: no personal data', () => {
  it('keeps students anonymous: exactly the anonymous columns and S-numbers', () => {
    const header = readFileSync(join(DATA, 'students.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('id,county_id,school_id,grade,home_place_id,needs_ride,currently_rides');
    expect(d.students.every((s) => /^S\d{7}$/.test(s.id))).toBe(true);
  });

  it('names drivers plainly synthetically', () => {
    expect(d.drivers.every((x) => /^(驾驶员|船长) \d{3}$/.test(x.displayName))).toBe(true);
  });
});

describe('the Suichang dataset: compliance on the demo Friday', () => {
  const demo = '2026-12-04';
  it('has 4 open rectifications, 2 of them overdue', () => {
    const open = d.rectifications.filter((r) => r.status === 'open');
    expect(open).toHaveLength(4);
    expect(open.filter((r) => r.dueOn < demo)).toHaveLength(2);
  });

  it('has 3 vehicles whose last inspection is more than 6 months old', () => {
    const last = new Map<string, string>();
    for (const i of d.inspections) if (i.inspectedOn > (last.get(i.vehicleId) ?? '')) last.set(i.vehicleId, i.inspectedOn);
    expect([...last.values()].filter((on) => on < addDays(demo, -183))).toHaveLength(3);
    expect(last.size).toBe(d.vehicles.length);
  });

  it('has 3 vehicles with an expired policy, 3 with one ending within 30 days, and 1 suspended plate', () => {
    const byVehicle = new Map<string, string[]>();
    for (const p of d.insurance) byVehicle.set(`${p.vehicleId}|${p.kind}`, [...(byVehicle.get(`${p.vehicleId}|${p.kind}`) ?? []), p.validTo]);
    const latestEnd = [...byVehicle.entries()].map(([k, ends]) => [k.split('|')[0], ends.sort().at(-1) as string] as const);
    expect(new Set(latestEnd.filter(([, end]) => end < demo).map(([v]) => v)).size).toBe(3);
    expect(new Set(latestEnd.filter(([, end]) => end >= demo && daysBetween(demo, end) <= 30).map(([v]) => v)).size).toBe(3);
    expect(d.plates.filter((p) => p.status === 'suspended')).toHaveLength(1);
  });
});

describe('the Suichang dataset: reproducible build', () => {
  it('builds the same dataset twice from the same seed', () => {
    const a = buildSuichangDataset(REFERENCE, 7);
    const b = buildSuichangDataset(REFERENCE, 7);
    expect(JSON.stringify(a.dataset)).toBe(JSON.stringify(b.dataset));
  });

  it('regenerates the committed files byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suichang-'));
    try {
      await buildInto(dir, d.manifest.seed);
      const generated = readdirSync(dir).sort();
      expect(readdirSync(DATA).filter((f) => f !== 'README.md').sort()).toEqual(generated);
      for (const file of generated) expect(readFileSync(join(dir, file)).equals(readFileSync(join(DATA, file))), file).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
