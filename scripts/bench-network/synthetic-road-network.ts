import { haversineM, type Position } from '../../src/domain/geo.js';
import type { Place } from '../../src/domain/place.js';
import type { RoadClass, RoadSegment } from '../../src/domain/road-segment.js';

/** Mulberry32: a small seeded PRNG, so the synthetic network is the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parameters of the synthetic road-like network. */
export interface SyntheticOptions {
  /** Grid side: side × side nodes. */
  readonly side: number;
  readonly seed: number;
  /** Share of grid links removed at random (0..1). */
  readonly deleteShare: number;
  /** Number of places put on random nodes. */
  readonly places: number;
}

/** Road class, posted speed and technical grade of a grid line: arterials every 16th and 48th line. */
function lineClass(k: number): { roadClass: RoadClass; postedSpeedKmh: number; technicalGrade: number } {
  if (k % 48 === 0) return { roadClass: 'national', postedSpeedKmh: 80, technicalGrade: 2 };
  if (k % 16 === 0) return { roadClass: 'provincial', postedSpeedKmh: 70, technicalGrade: 2 };
  if (k % 4 === 0) return { roadClass: 'county', postedSpeedKmh: 60, technicalGrade: 3 };
  return { roadClass: k % 2 === 0 ? 'township' : 'village', postedSpeedKmh: 40, technicalGrade: 4 };
}

/**
 * A synthetic, road-like network (SYNTHETIC, not county data): a side × side grid about 400 m apart
 * with jittered node positions, `deleteShare` of local links removed (arterials are kept), faster
 * arterials every 16th and 48th row and column, winding factors of 1.1–1.4 on lengths, and 10% of local
 * links with sharp curves. Places sit exactly on random distinct nodes.
 */
export function syntheticRoadNetwork(o: SyntheticOptions): { roads: RoadSegment[]; places: Place[] } {
  const rand = mulberry32(o.seed);
  const stepDeg = 0.004;
  const positions: Position[] = [];
  for (let y = 0; y < o.side; y++) {
    for (let x = 0; x < o.side; x++) {
      positions.push([118.6 + x * stepDeg + (rand() - 0.5) * stepDeg * 0.6, 28.2 + y * stepDeg + (rand() - 0.5) * stepDeg * 0.6]);
    }
  }
  const roads: RoadSegment[] = [];
  const link = (a: number, b: number, line: number): void => {
    const cls = lineClass(line);
    const local = cls.roadClass !== 'national' && cls.roadClass !== 'provincial';
    if (local && rand() < o.deleteShare) return;
    const geometry: Position[] = [positions[a]!, positions[b]!];
    const lengthM = Math.max(1, Math.round(haversineM(positions[a]!, positions[b]!) * (1.1 + rand() * 0.3)));
    const sharp = local && rand() < 0.1;
    roads.push({
      id: `s${roads.length}`,
      countyId: 331123,
      name: cls.roadClass,
      ...cls,
      fromNode: `n${a}`,
      toNode: `n${b}`,
      geometry: { type: 'LineString', coordinates: geometry },
      lengthM,
      hazards: { cliffSide: false, waterSide: false, steepGrade: false, sharpCurves: sharp, narrowRoad: false, narrowBridge: false },
      oneway: false,
      closure: null,
    });
  };
  for (let y = 0; y < o.side; y++) {
    for (let x = 0; x < o.side; x++) {
      const i = y * o.side + x;
      if (x + 1 < o.side) link(i, i + 1, y);
      if (y + 1 < o.side) link(i, i + o.side, x);
    }
  }
  const chosen = new Set<number>();
  while (chosen.size < Math.min(o.places, positions.length)) chosen.add(Math.floor(rand() * positions.length));
  const places: Place[] = [...chosen].map((node, k) => ({
    id: `syn${k}`,
    countyId: 331123,
    kind: 'village_stop',
    nameZh: `合成点${k}`,
    townshipId: '331123100',
    lon: positions[node]![0],
    lat: positions[node]![1],
    access: 'road',
    villageCode: null,
  }));
  return { roads, places };
}
