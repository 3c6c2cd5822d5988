import { allowedOn, type AllowedFleet } from '../../compliance/status/allowed-on.js';
import { addDays, clockToSeconds, type IsoDate } from '../../domain/calendar.js';
import type { DayConditions } from '../../domain/conditions.js';
import type { Place } from '../../domain/place.js';
import type { School, Student } from '../../domain/index.js';
import { buildNetwork, type RoadNetwork } from '../../network/build-network.js';
import { travelMatrix } from '../../network/compute-travel-matrix.js';
import { closureCovers } from '../../network/query-interval.js';
import type { TravelMatrix } from '../../network/travel-matrix.js';
import type { Schedule } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';

const DAY_S = 86_400;

/** What the validator reads, indexed once. Independent of the generator: records, rules and matrices only. */
export class ValidationContext {
  readonly records: WeekendRecords;
  readonly schedule: Schedule;
  readonly network: RoadNetwork;
  readonly places: ReadonlyMap<string, Place>;
  readonly schools: ReadonlyMap<string, School>;
  readonly students: ReadonlyMap<string, Student>;
  readonly placeIds: readonly string[];
  readonly #fleets = new Map<IsoDate, AllowedFleet>();
  readonly #matrices = new Map<string, TravelMatrix>();

  constructor(schedule: Schedule, records: WeekendRecords, network?: RoadNetwork) {
    this.schedule = schedule;
    this.records = records;
    this.network = network ?? buildNetwork({ roads: records.roads, waterways: records.waterways, places: records.places });
    this.places = new Map(records.places.map((p) => [p.id, p]));
    this.schools = new Map(records.schools.map((s) => [s.id, s]));
    this.students = new Map(records.students.map((s) => [s.id, s]));
    this.placeIds = records.places.map((p) => p.id);
  }

  /** Epoch ms of a weekend time (UTC+8). */
  epochMs(weekendS: number): number {
    return Date.parse(`${this.schedule.friday}T00:00:00+08:00`) + weekendS * 1000;
  }

  /** The compliance verdict on a date. */
  fleetOn(date: IsoDate): AllowedFleet {
    let f = this.#fleets.get(date);
    if (f === undefined) {
      f = allowedOn(this.records, date);
      this.#fleets.set(date, f);
    }
    return f;
  }

  /** Conditions of the service date of a weekend time (absent = clear). */
  conditionsAt(weekendS: number): DayConditions {
    const date = addDays(this.schedule.friday, Math.floor(weekendS / DAY_S));
    return this.schedule.request.conditions[date] ?? { weather: 'clear', closed: [] };
  }

  /** Whether [fromS, toS] touches the night window of the request's duty rules. */
  night(fromS: number, toS: number): boolean {
    const a = clockToSeconds(this.schedule.request.params.duty.nightFrom);
    const b = clockToSeconds(this.schedule.request.params.duty.nightTo);
    for (let base = Math.floor(fromS / DAY_S) * DAY_S - DAY_S; base <= toS; base += DAY_S) {
      const start = base + a;
      const end = a < b ? base + b : base + DAY_S + b;
      if (fromS < end && toS > start) return true;
    }
    return false;
  }

  /**
   * The matrix of a profile for travel during [fromS, toS]: that day's weather, the closures active at
   * any moment of it (cached by the set of active closures), low-grade roads left out when asked.
   */
  matrix(profile: 'loaded' | 'empty' | 'boat', fromS: number, toS: number, avoidLowGrade = false): TravelMatrix {
    const conditions = this.conditionsAt(fromS);
    const interval = { fromMs: this.epochMs(fromS), toMs: this.epochMs(toS) };
    const standing = [...this.records.roads, ...this.records.waterways].filter((l) => l.closure !== null).map((l) => ({ id: l.id, from: l.closure!.from, to: l.closure!.to }));
    const active = [...conditions.closed, ...standing].filter((c) => closureCovers(c.from, c.to, interval)).map((c) => c.id).sort();
    const key = JSON.stringify([profile, conditions.weather, active, avoidLowGrade]);
    let m = this.#matrices.get(key);
    if (m === undefined) {
      const at = { from: new Date(interval.fromMs).toISOString(), to: new Date(interval.toMs).toISOString() };
      m = travelMatrix(this.network, { profile, conditions, at, avoidLowGrade }, this.placeIds);
      this.#matrices.set(key, m);
    }
    return m;
  }
}
