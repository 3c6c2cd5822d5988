import type { Direction } from '../../domain/school.js';
import type { TravelMatrix } from '../../network/travel-matrix.js';
import type { RunLeg } from '../model/schedule-schema.js';
import type { RouteClient, RouteTemplate, TemplateStop } from './route-template.js';

/** Dwell rule: a fixed time per stop plus a time per student boarding or alighting. */
export interface DwellRule {
  readonly stopBaseS: number;
  readonly perStudentS: number;
}

const dwell = (rule: DwellRule, students: number): number => rule.stopBaseS + rule.perStudentS * students;

interface DraftStop {
  placeId: string;
  boarding: number[];
  alighting: number[];
  dwellS: number;
}

function leg(m: TravelMatrix, from: string, to: string): RunLeg {
  const i = m.indexOf(from);
  const j = m.indexOf(to);
  if (i === j) return { distanceM: 0, durationS: 0, lowestSpeedCapKmh: null, usesLowGrade: false };
  return { distanceM: m.distanceMAt(i, j), durationS: m.durationSAt(i, j), lowestSpeedCapKmh: m.lowestSpeedCapKmh(i, j), usesLowGrade: m.usesLowGrade(i, j) };
}

/** The stops of a route: the origin/destination and the clients, consecutive clients at one place merged. */
function draftStops(direction: Direction, mode: 'bus' | 'boat', terminal: string, order: readonly number[], clients: readonly RouteClient[], rule: DwellRule): DraftStop[] {
  const size = (c: number) => clients[c]!.studentIds.length;
  const total = order.reduce((s, c) => s + size(c), 0);
  const visits: DraftStop[] = [];
  for (const c of order) {
    const last = visits[visits.length - 1];
    if (last !== undefined && last.placeId === clients[c]!.placeId) (direction === 'home' ? last.alighting : last.boarding).push(c);
    else visits.push({ placeId: clients[c]!.placeId, boarding: direction === 'home' ? [] : [c], alighting: direction === 'home' ? [c] : [], dwellS: 0 });
  }
  for (const v of visits) v.dwellS = dwell(rule, [...v.boarding, ...v.alighting].reduce((s, c) => s + size(c), 0));
  // Boats board at the pier inside the travel time (network policy boardingS) and run pier to pier.
  const terminalDwell = mode === 'boat' && direction === 'home' ? 0 : dwell(rule, total);
  const end: DraftStop = { placeId: terminal, boarding: direction === 'home' ? [...order] : [], alighting: direction === 'home' ? [] : [...order], dwellS: terminalDwell };
  const emptyPier: DraftStop = { placeId: terminal, boarding: [], alighting: [], dwellS: 0 };
  if (direction === 'home') return mode === 'boat' ? [end, ...visits, emptyPier] : [end, ...visits];
  return mode === 'boat' ? [emptyPier, ...visits, end] : [...visits, end];
}

/**
 * Times a route given as a client order: home runs leave the terminal (gate or pier) after boarding,
 * return runs end there; boat runs go out from and back to the pier. Times are relative to the anchor:
 * home, arrival at the terminal = 0; return, arrival at the terminal with students = 0. Ride time of a
 * client: from leaving the first stop of its students to arriving at their last (boarding excluded).
 */
export function timeRoute(m: TravelMatrix, direction: Direction, mode: 'bus' | 'boat', terminal: string, order: readonly number[], clients: readonly RouteClient[], rule: DwellRule): RouteTemplate {
  const drafts = draftStops(direction, mode, terminal, order, clients, rule);
  const legs = drafts.slice(1).map((s, k) => leg(m, drafts[k]!.placeId, s.placeId));
  const stops: TemplateStop[] = [];
  let t = 0;
  drafts.forEach((d, k) => {
    if (k > 0) t += legs[k - 1]!.durationS;
    stops.push({ placeId: d.placeId, arriveS: t, departS: t + d.dwellS, boarding: d.boarding, alighting: d.alighting });
    t += d.dwellS;
  });
  const shift = direction === 'home' ? 0 : -stops[stops.length - 1]!.arriveS;
  const timed = stops.map((s) => ({ ...s, arriveS: s.arriveS + shift, departS: s.departS + shift }));
  return describe(direction, mode, timed, legs, order, clients);
}

function describe(direction: Direction, mode: 'bus' | 'boat', stops: TemplateStop[], legs: RunLeg[], order: readonly number[], clients: readonly RouteClient[]): RouteTemplate {
  const size = (c: number) => clients[c]!.studentIds.length;
  const rideS = new Map<number, number>();
  const firstDepart = stops[0]!.departS;
  const lastArrive = stops[stops.length - 1]!.arriveS;
  for (const s of stops) {
    if (direction === 'home') for (const c of s.alighting) rideS.set(c, s.arriveS - firstDepart);
    else for (const c of s.boarding) rideS.set(c, lastArrive - s.departS);
  }
  let onBoard = 0;
  let load = 0;
  for (const s of stops) {
    onBoard += s.boarding.reduce((a, c) => a + size(c), 0) - s.alighting.reduce((a, c) => a + size(c), 0);
    load = Math.max(load, onBoard);
  }
  let rideSumS = 0;
  for (const [c, r] of rideS) rideSumS += r * size(c);
  return {
    mode, direction, stops, legs, clients: order, load, rideS, rideSumS,
    drivingS: legs.reduce((a, l) => a + l.durationS, 0), distanceM: legs.reduce((a, l) => a + l.distanceM, 0),
  };
}
