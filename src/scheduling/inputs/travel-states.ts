import { clockToSeconds, type IsoDate } from '../../domain/calendar.js';
import type { DayConditions } from '../../domain/conditions.js';
import type { RoadSegment } from '../../domain/road-segment.js';
import type { WaterwayLeg } from '../../domain/waterway-leg.js';
import { closureCovers } from '../../network/query-interval.js';
import type { RoadNetwork } from '../../network/build-network.js';
import { travelMatrix } from '../../network/compute-travel-matrix.js';
import type { TravelMatrix } from '../../network/travel-matrix.js';
import type { TravelProfile } from '../../network/speed-rules.js';
import type { DutyParams } from '../request/schedule-params.js';
import { DAY_S, epochMsOf, isoOf } from '../time/weekend-clock.js';

/**
 * One "conditions state": the weather of a service day, the closures active during some stretch of
 * time, and whether that stretch touches the night. Routes are computed once per state, not per slot:
 * a slot only shifts times (the design of docs: "computed once per distinct conditions state").
 */
export interface TravelState {
  /** Weather, active closures and night: equal keys give equal matrices, whatever the day. */
  readonly key: string;
  /** Service day of the first stretch seen with this state. */
  readonly dayOffset: number;
  readonly conditions: DayConditions;
  /** A stretch with exactly this state, ISO instants, handed to the network as `at`. */
  readonly at: { readonly from: string; readonly to: string };
  /** The stretch touches the night window: loaded driving must avoid low-grade roads. */
  readonly night: boolean;
  /** Ids of the closures (day conditions and standing) active in the stretch, sorted. */
  readonly closedIds: readonly string[];
}

/** Whether [fromS, toS] (weekend seconds) overlaps the night window of any day. */
export function touchesNight(fromS: number, toS: number, duty: DutyParams): boolean {
  const a = clockToSeconds(duty.nightFrom);
  const b = clockToSeconds(duty.nightTo);
  for (let base = Math.floor(fromS / DAY_S) * DAY_S - DAY_S; base <= toS; base += DAY_S) {
    const start = base + a;
    const end = a < b ? base + b : base + DAY_S + b;
    if (fromS < end && toS > start) return true;
  }
  return false;
}

/** Matrices per conditions state over one fixed list of places (every place of the county). */
export class WeekendTravel {
  readonly network: RoadNetwork;
  readonly placeIds: readonly string[];
  readonly #friday: IsoDate;
  readonly #conditionsOf: (dayOffset: number) => DayConditions;
  readonly #standing: readonly { id: string; from: string | null; to: string | null }[];
  readonly #duty: DutyParams;
  readonly #states = new Map<string, TravelState>();
  readonly #matrices = new Map<string, TravelMatrix>();

  constructor(network: RoadNetwork, friday: IsoDate, conditionsOf: (dayOffset: number) => DayConditions, duty: DutyParams,
    links: { roads: readonly RoadSegment[]; waterways: readonly WaterwayLeg[] }) {
    this.network = network;
    this.placeIds = [...network.places.keys()];
    this.#friday = friday;
    this.#conditionsOf = conditionsOf;
    this.#duty = duty;
    this.#standing = [...links.roads, ...links.waterways]
      .filter((l) => l.closure !== null)
      .map((l) => ({ id: l.id, from: l.closure!.from, to: l.closure!.to }));
  }

  /** The state of the stretch [fromS, toS] (weekend seconds) on service day `dayOffset`. */
  stateFor(dayOffset: number, fromS: number, toS: number): TravelState {
    const conditions = this.#conditionsOf(dayOffset);
    const interval = { fromMs: epochMsOf(this.#friday, fromS), toMs: epochMsOf(this.#friday, toS) };
    const closedIds = [...conditions.closed, ...this.#standing]
      .filter((c) => closureCovers(c.from, c.to, interval))
      .map((c) => c.id)
      .sort();
    const night = touchesNight(fromS, toS, this.#duty);
    const key = JSON.stringify([conditions.weather, [...new Set(closedIds)], night]);
    let state = this.#states.get(key);
    if (state === undefined) {
      state = { key, dayOffset, conditions, at: { from: isoOf(this.#friday, fromS), to: isoOf(this.#friday, toS) }, night, closedIds };
      this.#states.set(key, state);
    }
    return state;
  }

  /** The matrix of a state and profile; `loaded` avoids low-grade roads when the state is at night. */
  matrix(state: TravelState, profile: TravelProfile): TravelMatrix {
    const key = `${profile}|${state.key}`;
    let m = this.#matrices.get(key);
    if (m === undefined) {
      m = travelMatrix(this.network, {
        profile, conditions: state.conditions, at: state.at, avoidLowGrade: profile === 'loaded' && state.night,
      }, this.placeIds);
      this.#matrices.set(key, m);
    }
    return m;
  }
}
