import type { Position } from '../../src/domain/geo.js';
import { LocalPlane, planeDistanceM, planeLengthM, type Xy } from './plane.js';
import type { Random } from './random.js';

/** Vertices per half-wave of a meander: enough for the polyline to look like a curve on the map. */
const VERTICES_PER_HALF_WAVE = 8;

/**
 * Points of a meander from `a` to `b` in the plane: the chord plus a sideways sine whose amplitude varies
 * from half-wave to half-wave. The sideways offset is zero at every half-wave boundary, so the line is
 * continuous, and the along-chord coordinate only grows, so the line never crosses itself.
 */
function meander(a: Xy, b: Xy, amplitudeM: number, halfWaves: number, gains: readonly number[], swayM: number): Xy[] {
  const d = planeDistanceM(a, b);
  const ux = (b[0] - a[0]) / d;
  const uy = (b[1] - a[1]) / d;
  const n = halfWaves * VERTICES_PER_HALF_WAVE;
  const points: Xy[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const gain = gains[Math.min(halfWaves - 1, Math.floor(t * halfWaves))] ?? 1;
    // A slow bend over the whole segment (the valley), plus the switchbacks.
    const side = swayM * Math.sin(Math.PI * t) + amplitudeM * gain * Math.sin(Math.PI * halfWaves * t);
    points.push([a[0] + ux * d * t - uy * side, a[1] + uy * d * t + ux * side]);
  }
  return points;
}

/**
 * A winding LineString from `a` to `b` whose length is `lengthM` (within a fraction of a percent): the
 * amplitude of the meander is found by bisection. Its first and last positions are exactly `a` and `b`,
 * so that a road segment starts and ends on its nodes.
 */
export function windingLine(plane: LocalPlane, a: Position, b: Position, lengthM: number, halfWaveM: number, random: Random): Position[] {
  const pa = plane.toXy(a);
  const pb = plane.toXy(b);
  const straightM = planeDistanceM(pa, pb);
  if (lengthM <= straightM * 1.002 || straightM < 1) return [a, b];
  const halfWaves = Math.max(1, Math.round(straightM / halfWaveM));
  const gains = Array.from({ length: halfWaves }, () => random.range(0.6, 1.4));
  let sway = random.range(-0.12, 0.12) * straightM;
  while (Math.abs(sway) > 1 && planeLengthM(meander(pa, pb, 0, halfWaves, gains, sway)) > lengthM * 0.97) sway /= 2;
  let low = 0;
  let high = lengthM;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (planeLengthM(meander(pa, pb, mid, halfWaves, gains, sway)) < lengthM) low = mid;
    else high = mid;
  }
  const points = meander(pa, pb, (low + high) / 2, halfWaves, gains, sway).map((p) => plane.toPosition(p));
  points[0] = a;
  points[points.length - 1] = b;
  return points;
}
