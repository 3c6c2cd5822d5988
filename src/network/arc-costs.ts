import type { ClosedLink } from '../domain/conditions.js';
import type { ModeNetwork } from './mode-network.js';
import type { MatrixOptions } from './matrix-options.js';
import { isLowGrade, linkSourceId, type NetworkLink } from './network-link.js';
import { closureCovers, queryIntervalOf, type QueryInterval } from './query-interval.js';
import { roadSpeedKmh, travelTimeMs } from './speed-rules.js';
import { hazardExtraMs } from './travel-policy.js';

/** Per-arc costs of a network under one set of options; the arrays the Dijkstra reads. */
export interface ArcCosts {
  /** Travel time of each arc in whole milliseconds (rounded up); -1 = closed or avoided. */
  readonly timeMs: Int32Array;
  /** Speed of each arc in km/h: the lowest cap that applies on it (0 when unusable). */
  readonly speedKmh: Uint8Array;
}

/** Whether a link is closed at the asked time, by the day's closures or by its own standing closure. */
function isClosed(link: NetworkLink, closedById: ReadonlyMap<string, readonly ClosedLink[]>, when: QueryInterval): boolean {
  const standing = link.kind === 'road' ? link.segment.closure : link.leg.closure;
  if (standing !== null && closureCovers(standing.from, standing.to, when)) return true;
  return (closedById.get(linkSourceId(link)) ?? []).some((c) => closureCovers(c.from, c.to, when));
}

/** Speed (km/h) and time (ms) of a usable link under the options, or null when it cannot be used. */
function linkCost(link: NetworkLink, o: MatrixOptions): { speedKmh: number; timeMs: number } | null {
  if (link.kind === 'water') {
    if (o.profile !== 'boat') return null;
    return { speedKmh: link.leg.speedKmh, timeMs: travelTimeMs(link.lengthM, link.leg.speedKmh) };
  }
  if (o.profile === 'boat' || (o.avoidLowGrade && isLowGrade(link))) return null;
  const speedKmh = roadSpeedKmh(link.segment, o.profile, o.conditions.weather);
  const extraMs = o.profile === 'loaded' ? hazardExtraMs(link.lengthM, link.segment.hazards, o.policy) : 0;
  return { speedKmh, timeMs: travelTimeMs(link.lengthM, speedKmh, extraMs) };
}

/** Computes the arc costs of a network for parsed options (profile, weather, closures at a time, policy). */
export function computeArcCosts(net: ModeNetwork, o: MatrixOptions): ArcCosts {
  const closedById = new Map<string, ClosedLink[]>();
  for (const c of o.conditions.closed) closedById.set(c.id, [...(closedById.get(c.id) ?? []), c]);
  const when = queryIntervalOf(o.at);
  const linkTime = new Int32Array(net.links.length).fill(-1);
  const linkSpeed = new Uint8Array(net.links.length);
  for (const link of net.links) {
    const cost = isClosed(link, closedById, when) ? null : linkCost(link, o);
    if (cost === null) continue;
    linkTime[link.index] = cost.timeMs;
    linkSpeed[link.index] = cost.speedKmh;
  }
  const { arcCount, link } = net.csr;
  const timeMs = new Int32Array(arcCount);
  const speedKmh = new Uint8Array(arcCount);
  for (let a = 0; a < arcCount; a++) {
    timeMs[a] = linkTime[link[a]!]!;
    speedKmh[a] = linkSpeed[link[a]!]!;
  }
  return { timeMs, speedKmh };
}
