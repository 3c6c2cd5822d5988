import { haversineM, type Position } from '../../src/domain/geo.js';
import type { RoadHazards, RoadSegment } from '../../src/domain/road-segment.js';
import type { Random } from './random.js';
import type { SegmentTraits } from './road-network.js';

/** Townships along 乌溪江 (龙洋, 王村口, 焦滩, 蔡源, 湖山): their roads often run beside the river. */
const RIVER_TOWNSHIPS = new Set(['331123207', '331123107', '331123206', '331123205', '331123204']);

/** Chance that a segment of a class carries at least one hazard flag (mountain sections). */
const HAZARD_CHANCE: Readonly<Record<RoadSegment['roadClass'], number>> = {
  expressway: 0,
  national: 0.45,
  provincial: 0.4,
  county: 0.45,
  township: 0.32,
  village: 0.32,
};

const FLAGS = ['cliffSide', 'steepGrade', 'sharpCurves', 'narrowRoad', 'narrowBridge'] as const;
/** Relative frequency of each flag on a hazardous section; narrow roads and bridges are for low grades. */
const FLAG_WEIGHT: Readonly<Record<(typeof FLAGS)[number], number>> = { cliffSide: 3, steepGrade: 3, sharpCurves: 4, narrowRoad: 2, narrowBridge: 1 };

function nearWater(geometry: readonly Position[], water: readonly (readonly Position[])[], withinM: number): boolean {
  for (let i = 0; i < geometry.length; i += 4) {
    const p = geometry[i] as Position;
    for (const line of water) if (line.some((q) => haversineM(p, q) < withinM)) return true;
  }
  return false;
}

function drawFlags(segment: RoadSegment, random: Random): RoadHazards {
  const flags: Record<string, boolean> = {};
  const lowGrade = segment.technicalGrade >= 4;
  const count = random.chance(0.35) ? 2 : 1;
  for (let k = 0; k < count; k++) {
    const pool = FLAGS.filter((f) => lowGrade || (f !== 'narrowRoad' && f !== 'narrowBridge'));
    const total = pool.reduce((a, f) => a + FLAG_WEIGHT[f], 0);
    let x = random.range(0, total);
    for (const f of pool) {
      x -= FLAG_WEIGHT[f];
      if (x < 0) {
        flags[f] = true;
        break;
      }
    }
  }
  return {
    cliffSide: flags['cliffSide'] === true,
    waterSide: false,
    steepGrade: flags['steepGrade'] === true,
    sharpCurves: flags['sharpCurves'] === true,
    narrowRoad: flags['narrowRoad'] === true,
    narrowBridge: flags['narrowBridge'] === true,
  };
}

/**
 * Sets the hazard flags (临崖, 临水, 陡坡, 急弯, 窄路, 窄桥) of every segment: mountain sections carry flags
 * with a chance per class; sections along 乌溪江 or within 600 m of the reservoir are water-side. Synthetic.
 */
export function assignHazards(
  segments: readonly RoadSegment[], traits: readonly SegmentTraits[], reservoirLines: readonly (readonly Position[])[], random: Random,
): RoadSegment[] {
  return segments.map((segment, i) => {
    const t = traits[i];
    const shortStreet = segment.lengthM < 1000 && t?.mountain !== true;
    if (t === undefined || shortStreet || segment.roadClass === 'expressway') return segment;
    const flagged = random.chance(HAZARD_CHANCE[segment.roadClass]);
    const hazards = flagged ? drawFlags(segment, random) : { ...segment.hazards };
    const riverSide = t.river ? random.chance(0.7) : RIVER_TOWNSHIPS.has(t.townshipCode) && random.chance(0.12);
    const waterSide = riverSide || nearWater(segment.geometry.coordinates, reservoirLines, 600);
    return { ...segment, hazards: { ...hazards, waterSide } };
  });
}

/** Share of township and village road length that carries at least one hazard flag. */
export function hazardShare(segments: readonly RoadSegment[]): number {
  const low = segments.filter((s) => s.roadClass === 'township' || s.roadClass === 'village');
  const flagged = low.filter((s) => Object.values(s.hazards).some(Boolean)).reduce((a, s) => a + s.lengthM, 0);
  return flagged / Math.max(1, low.reduce((a, s) => a + s.lengthM, 0));
}

/** The target band for that share (the brief: 25–40 %; aim inside with a margin). */
const SHARE_BAND: readonly [number, number] = [0.28, 0.38];

/**
 * Assigns hazards, redrawing from the next derived stream until the flagged share of township and village
 * road km falls in the target band (a few long segments can swing it). Deterministic for a seed.
 */
export function assignCalibratedHazards(
  segments: readonly RoadSegment[], traits: readonly SegmentTraits[], reservoirLines: readonly (readonly Position[])[], random: Random,
): RoadSegment[] {
  let result: RoadSegment[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    result = assignHazards(segments, traits, reservoirLines, random.fork(`attempt-${attempt}`));
    const share = hazardShare(result);
    if (share >= SHARE_BAND[0] && share <= SHARE_BAND[1]) return result;
  }
  return result;
}
