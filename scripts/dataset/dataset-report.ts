import { haversineM, type Position } from '../../src/domain/geo.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { roadDistancesM } from './road-distances.js';

/** Road distances from the county town published for some townships, km (township_facts.csv). */
export const PUBLISHED_ROAD_KM: Readonly<Record<string, number>> = {
  '331123103': 27, // 北界
  '331123107': 50, // 王村口
  '331123205': 50, // 蔡源
  '331123207': 72, // 龙洋
  '331123108': 85, // 黄沙腰
  '331123204': 46, // 湖山
};

/** The node a place or township seat sits on (exact coordinate match), or undefined. */
export function nodeAt(d: Dataset, p: Position): string | undefined {
  for (const s of d.roads) {
    const c = s.geometry.coordinates;
    const first = c[0] as Position;
    const last = c[c.length - 1] as Position;
    if (first[0] === p[0] && first[1] === p[1]) return s.fromNode;
    if (last[0] === p[0] && last[1] === p[1]) return s.toNode;
  }
  return undefined;
}

/** Shortest road km from the county seat (妙高街道's seat) to each township seat. */
export function townshipRoadKm(d: Dataset): Map<string, number> {
  const seat = d.townships.find((t) => t.id === '331123001');
  const source = seat === undefined ? undefined : nodeAt(d, [seat.lon, seat.lat]);
  if (source === undefined) throw new Error('report: the county seat is not on a road node');
  const dist = roadDistancesM(d.roads, source);
  return new Map(d.townships.map((t) => [t.id, (dist.get(nodeAt(d, [t.lon, t.lat]) ?? '') ?? NaN) / 1000]));
}

const km = (m: number) => (m / 1000).toFixed(1);

/** The dataset's calibration figures as label/value rows, for the build log and the README. */
export function describeDataset(d: Dataset): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const total = d.roads.reduce((a, s) => a + s.lengthM, 0);
  rows.push(['road segments', String(d.roads.length)], ['road length km', km(total)]);
  for (const c of ['expressway', 'national', 'provincial', 'county', 'township', 'village'] as const) {
    const segs = d.roads.filter((s) => s.roadClass === c);
    const ratios = segs
      .map((s) => ({ s, straight: haversineM(s.geometry.coordinates[0] as Position, s.geometry.coordinates.at(-1) as Position) }))
      .filter((x) => x.straight > 1000)
      .map((x) => x.s.lengthM / x.straight);
    rows.push([`  ${c} km (segments; ratio min-max >1 km)`, `${km(segs.reduce((a, s) => a + s.lengthM, 0))} (${segs.length}; ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})`]);
  }
  const low = d.roads.filter((s) => s.roadClass === 'township' || s.roadClass === 'village');
  const flagged = low.filter((s) => Object.values(s.hazards).some(Boolean));
  const lowKm = low.reduce((a, s) => a + s.lengthM, 0);
  rows.push(['township+village km with a hazard flag', `${km(flagged.reduce((a, s) => a + s.lengthM, 0))} of ${km(lowKm)} (${((100 * flagged.reduce((a, s) => a + s.lengthM, 0)) / lowKm).toFixed(1)}%)`]);
  rows.push(['segments with any hazard flag', String(d.roads.filter((s) => Object.values(s.hazards).some(Boolean)).length)]);
  const roadKm = townshipRoadKm(d);
  for (const [code, published] of Object.entries(PUBLISHED_ROAD_KM)) {
    const t = d.townships.find((x) => x.id === code);
    const got = roadKm.get(code) ?? NaN;
    rows.push([`road km county seat -> ${t?.nameZh ?? code} (published)`, `${got.toFixed(1)} (${published}, ${(((got - published) / published) * 100).toFixed(1)}%)`]);
  }
  const far = [...roadKm.entries()].sort((a, b) => b[1] - a[1])[0];
  rows.push(['farthest township by road', `${d.townships.find((t) => t.id === far?.[0])?.nameZh ?? '?'} ${far?.[1].toFixed(1)} km`]);
  rows.push(['waterway legs (km)', d.waterways.map((w) => km(w.lengthM)).join(', ')]);
  const kinds = new Map<string, number>();
  for (const p of d.places) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  rows.push(['places', [...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', ')]);
  const need = d.students.filter((s) => s.needsRide);
  const rides = d.students.filter((s) => s.currentlyRides);
  rows.push(['schools (shuttle)', `${d.schools.length} (${d.schools.filter((s) => s.runsShuttle).length})`]);
  rows.push(['students / need a ride / ride', `${d.students.length} / ${need.length} / ${rides.length} (${((100 * rides.length) / need.length).toFixed(1)}%)`]);
  const perVillage = new Map<string, number>();
  for (const s of need) perVillage.set(s.homePlaceId, (perVillage.get(s.homePlaceId) ?? 0) + 1);
  const counts = [...perVillage.values()];
  rows.push(['villages with students who need a ride (min-max per village)', `${counts.length} (${Math.min(...counts)}-${Math.max(...counts)})`]);
  const coaches = d.vehicles.filter((v) => v.kind === 'bus');
  rows.push(['coaches (seats) / boats (seats)', `${coaches.length} (${coaches.reduce((a, v) => a + v.approvedCapacity, 0)}) / ${d.vehicles.length - coaches.length} (${d.vehicles.filter((v) => v.kind === 'boat').reduce((a, v) => a + v.approvedCapacity, 0)})`]);
  rows.push(['operators / drivers', `${d.operators.length} / ${d.drivers.length}`]);
  rows.push(['inspections / item results / rectifications (open)', `${d.inspections.length} / ${d.inspectionItems.length} / ${d.rectifications.length} (${d.rectifications.filter((r) => r.status === 'open').length})`]);
  rows.push(['insurance policies / plates', `${d.insurance.length} / ${d.plates.length}`]);
  return rows;
}

/** Prints label/value rows as a two-column table. */
export function formatTable(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, v]) => `${l.padEnd(width)}  ${v}`).join('\n');
}
