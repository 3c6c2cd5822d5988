import { InvalidInput, NotFound, Unreachable } from '../domain/errors.js';
import type { TravelProfile } from './speed-rules.js';
import type { TravelPath } from './travel-path.js';

/** The arrays of a computed matrix, row-major (`i * size + j`). */
export interface MatrixEntries {
  /** Whole seconds, rounded up; -1 = unreachable. */
  readonly durationS: Int32Array;
  /** Metres of the fastest path; -1 = unreachable. */
  readonly distanceM: Int32Array;
  /** 1 when the entry's path uses a low-grade road (technical grade >= 3). */
  readonly lowGrade: Uint8Array;
  /** Lowest speed cap in km/h on the entry's path; 0 when there is no link (diagonal, unreachable). */
  readonly lowestSpeedKmh: Uint8Array;
}

/** A pair of places with no path between them under the matrix's conditions. */
export interface UnreachablePair {
  readonly from: number;
  readonly to: number;
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
}

/**
 * A many-to-many travel matrix between places under one profile and set of conditions.
 *
 * Unreachable entries hold -1 in `durationS` and `distanceM` (the raw arrays are for the solver, which
 * must check `reachable(i, j)` first); the checked accessors `durationSAt` and `distanceMAt` throw
 * `Unreachable` naming both places instead, so a caller cannot add a sentinel by mistake.
 */
export class TravelMatrix {
  readonly profile: TravelProfile;
  /** Place ids of the rows and columns, in the order asked. */
  readonly placeIds: readonly string[];
  /** Number of places (rows = columns). */
  readonly size: number;
  /** Duration in whole seconds per entry, -1 when unreachable. */
  readonly durationS: Int32Array;
  /** Distance in metres per entry, -1 when unreachable. */
  readonly distanceM: Int32Array;
  /** Per entry: 1 when its path uses a low-grade road (forbidden with students after dark). */
  readonly lowGradeFlags: Uint8Array;
  /** Per entry: lowest speed cap in km/h on the way, 0 when there is no link. */
  readonly lowestSpeedKmh: Uint8Array;
  readonly #index: Map<string, number>;
  readonly #expand: (i: number, j: number) => TravelPath | null;

  /** Wraps computed entries; `expand` re-derives an entry's path on demand. */
  constructor(profile: TravelProfile, placeIds: readonly string[], entries: MatrixEntries, expand: (i: number, j: number) => TravelPath | null) {
    this.profile = profile;
    this.placeIds = placeIds;
    this.size = placeIds.length;
    this.durationS = entries.durationS;
    this.distanceM = entries.distanceM;
    this.lowGradeFlags = entries.lowGrade;
    this.lowestSpeedKmh = entries.lowestSpeedKmh;
    this.#index = new Map(placeIds.map((id, i) => [id, i]));
    this.#expand = expand;
  }

  #at(i: number, j: number): number {
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= this.size || j >= this.size) {
      throw new InvalidInput(`network: matrix index (${i}, ${j}) outside 0..${this.size - 1}`);
    }
    return i * this.size + j;
  }

  /** Row/column of a place id; throws `NotFound` if the place is not in the matrix. */
  indexOf(placeId: string): number {
    const i = this.#index.get(placeId);
    if (i === undefined) throw new NotFound(`network: place "${placeId}" is not in this matrix`);
    return i;
  }

  /** Whether place j can be reached from place i. */
  reachable(i: number, j: number): boolean {
    return this.durationS[this.#at(i, j)]! >= 0;
  }

  /** Duration in seconds from i to j; throws `Unreachable` naming both places when there is no path. */
  durationSAt(i: number, j: number): number {
    const d = this.durationS[this.#at(i, j)]!;
    if (d < 0) throw this.#unreachable(i, j);
    return d;
  }

  /** Distance in metres from i to j; throws `Unreachable` naming both places when there is no path. */
  distanceMAt(i: number, j: number): number {
    const d = this.distanceM[this.#at(i, j)]!;
    if (d < 0) throw this.#unreachable(i, j);
    return d;
  }

  /** Whether the path from i to j uses a low-grade road (false when unreachable). */
  usesLowGrade(i: number, j: number): boolean {
    return this.lowGradeFlags[this.#at(i, j)] === 1;
  }

  /** Lowest speed cap in km/h on the path from i to j; null on the diagonal and when unreachable. */
  lowestSpeedCapKmh(i: number, j: number): number | null {
    const v = this.lowestSpeedKmh[this.#at(i, j)]!;
    return v === 0 ? null : v;
  }

  /** The path from i to j with segments and geometry, or null when unreachable. */
  path(i: number, j: number): TravelPath | null {
    if (!this.reachable(i, j)) return null;
    return this.#expand(i, j);
  }

  /** Every unreachable (from, to) pair, diagonal included when a place is off this network. */
  unreachablePairs(): UnreachablePair[] {
    const out: UnreachablePair[] = [];
    for (let i = 0; i < this.size; i++) {
      for (let j = 0; j < this.size; j++) {
        if (this.durationS[i * this.size + j]! < 0) {
          out.push({ from: i, to: j, fromPlaceId: this.placeIds[i]!, toPlaceId: this.placeIds[j]! });
        }
      }
    }
    return out;
  }

  #unreachable(i: number, j: number): Unreachable {
    const from = this.placeIds[i]!;
    const to = this.placeIds[j]!;
    return new Unreachable(`network: no ${this.profile} path from "${from}" to "${to}"`, [{ field: `${i},${j}`, message: `${from} -> ${to}` }]);
  }
}
