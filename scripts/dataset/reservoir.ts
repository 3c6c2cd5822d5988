import { polylineLengthM, type Position } from '../../src/domain/geo.js';
import { LocalPlane, round6, type Xy } from './plane.js';

/**
 * The backwater of 湖南镇水库 (仙霞湖) in 湖山乡, drawn as arms along synthetic centre lines. The reservoir is
 * real (built 1979, about 1,467 ha inside the township, reaching up to 龙鼻头); its outline here is not.
 */
export interface ReservoirArm {
  readonly name: string;
  /** Centre line from where the arm leaves its parent (or from the pier) to its head, WGS84. */
  readonly centreLine: readonly Position[];
  /** Half the width of the water surface, metres (map only). */
  readonly halfWidthM: number;
}

/** The pier near the 湖山 seat where students change between bus and boat (synthetic location). */
export const PIER_POSITION: Position = [118.996, 28.592];

/** The main arm runs from the pier north-west towards the dam in 衢江区; side arms are drowned valleys. */
export const RESERVOIR_ARMS: readonly ReservoirArm[] = [
  {
    name: '仙霞湖 湖山库湾',
    centreLine: [PIER_POSITION, [118.988, 28.5955], [118.979, 28.5995], [118.97, 28.6025], [118.962, 28.6075], [118.955, 28.6105], [118.948, 28.615], [118.942, 28.618]],
    halfWidthM: 320,
  },
  { name: '周公源 库汊', centreLine: [[118.97, 28.6025], [118.9725, 28.611], [118.9695, 28.619], [118.9715, 28.627], [118.968, 28.634]], halfWidthM: 160 },
  { name: '姚岭 库汊', centreLine: [[118.955, 28.6105], [118.9535, 28.619], [118.957, 28.626], [118.9545, 28.632], [118.9565, 28.637]], halfWidthM: 140 },
];

/**
 * The water-only villages (real names from the 2016 list, 湖山乡) and where each lands: at the head of an
 * arm, or on the main arm. Which villages are cut off by water is an assumption of this dataset.
 */
export const WATER_VILLAGES: ReadonlyArray<{ code: string; arm: number; atHead: boolean; alongIndex?: number }> = [
  { code: '331123204235', arm: 0, atHead: false, alongIndex: 4 }, // 奕山村: on the main arm
  { code: '331123204234', arm: 1, atHead: true }, // 福罗淤村: head of 周公源 arm
  { code: '331123204236', arm: 2, atHead: true }, // 姚岭村: head of 姚岭 arm
  { code: '331123204233', arm: 0, atHead: true }, // 黄泥岭村: head of the main arm
];

/** The sailing path from the pier to a water village: along the main arm, then up a side arm. */
export function sailingPath(village: (typeof WATER_VILLAGES)[number]): Position[] {
  const main = RESERVOIR_ARMS[0]?.centreLine ?? [];
  if (village.arm === 0) return main.slice(0, (village.atHead ? main.length - 1 : (village.alongIndex ?? 1)) + 1);
  const arm = RESERVOIR_ARMS[village.arm]?.centreLine ?? [];
  const start = arm[0];
  const junction = main.findIndex((p) => start !== undefined && p[0] === start[0] && p[1] === start[1]);
  return [...main.slice(0, junction + 1), ...arm.slice(1)];
}

/** Sailing length in metres of a path (rounded up to the metre). */
export function sailingLengthM(path: readonly Position[]): number {
  return Math.ceil(polylineLengthM(path));
}

function offsetSide(points: readonly Xy[], halfWidthM: number, sign: 1 | -1): Xy[] {
  return points.map((p, i) => {
    const a = points[Math.max(0, i - 1)] as Xy;
    const b = points[Math.min(points.length - 1, i + 1)] as Xy;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    // The head of an arm narrows to a point, like a drowned valley.
    const taper = i === points.length - 1 ? 0.25 : 1;
    return [p[0] - (sign * dy * halfWidthM * taper) / len, p[1] + (sign * dx * halfWidthM * taper) / len];
  });
}

/** The water surface as a MultiPolygon (one polygon per arm), for the map only. */
export function reservoirSurface(plane: LocalPlane): { type: 'MultiPolygon'; coordinates: Position[][][] } {
  const polygons = RESERVOIR_ARMS.map((arm) => {
    const xy = arm.centreLine.map((p) => plane.toXy(p));
    const left = offsetSide(xy, arm.halfWidthM, 1);
    const right = offsetSide(xy, arm.halfWidthM, -1).reverse();
    const ring = [...left, ...right].map((p) => plane.toPosition(p));
    ring.push(ring[0] as Position);
    return [ring];
  });
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Centre lines in the plane, to keep road villages away from the water. */
export function reservoirCentreLinesXy(plane: LocalPlane): Xy[][] {
  return RESERVOIR_ARMS.map((arm) => arm.centreLine.map((p) => plane.toXy(p)));
}

/** Rounds a position to file precision. */
export function roundPosition(p: Position): Position {
  return [round6(p[0]), round6(p[1])];
}
