/**
 * The exact conventions of BiRD's Table S1 setting (data/benchmarks/sbrp/README.md): Manhattan distance
 * in feet, 20 mph, dwell 19 + 2.6·n s per stop, 154.4 s at school, 66 seats, single loads, ride time
 * from departure at a stop to arrival at school. These functions use exact floating point: they are the
 * reference the verifier and the reported figures rely on.
 */
export const SBRP = {
  /** 20 mph in ft/s, written as in the BiRD code. */
  speedFtPerS: 29.3333333,
  schoolDwellS: 154.4,
  capacity: 66,
  stopDwellS: (students: number): number => 19 + 2.6 * students,
} as const;

/** A point in feet. */
export interface Xy {
  readonly x: number;
  readonly y: number;
}

/** Manhattan distance in feet. */
export const manhattanFt = (a: Xy, b: Xy): number => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);

/** Travel time in seconds between two points. */
export const travelS = (a: Xy, b: Xy): number => manhattanFt(a, b) / SBRP.speedFtPerS;
