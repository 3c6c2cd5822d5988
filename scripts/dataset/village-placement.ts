import type { Position } from '../../src/domain/geo.js';
import { distanceToPolylineM, insideRing, LocalPlane, planeDistanceM, type Xy } from './plane.js';
import type { Random } from './random.js';
import type { ReferenceFacts, TownshipFact, VillageFact } from './reference-facts.js';

/** Where a village stands and why: a published point, the township seat, a design point, or a synthetic draw. */
export interface PlacedVillage {
  readonly fact: VillageFact;
  readonly position: Position;
  readonly source: 'published' | 'seat' | 'design' | 'water' | 'synthetic';
}

/** Placement rules: how far from the seat, how far apart, how far from the reservoir. */
const URBAN_RADIUS_M: readonly [number, number] = [500, 2200];
const RURAL_MIN_RADIUS_M = 1800;
const RURAL_MAX_RADIUS_M: readonly [number, number] = [5000, 11000];
const MIN_SPACING_M = { urban: 300, rural: 1700 } as const;
const RESERVOIR_CLEARANCE_M = 1200;
const ATTEMPTS = 400;

interface Context {
  readonly plane: LocalPlane;
  readonly facts: ReferenceFacts;
  readonly taken: Xy[];
  readonly water: readonly Xy[][];
}

function isUrban(v: VillageFact): boolean {
  return v.urCode.startsWith('1');
}

/** The seat village of a township: the single one named by the urban-rural codes, if any. */
export function seatVillageCode(t: TownshipFact, villages: readonly VillageFact[]): string | undefined {
  if (t.seatVillages.length !== 1) return undefined;
  return villages.find((v) => v.townshipCode === t.code && v.nameZh === t.seatVillages[0])?.code;
}

/** Accepts a candidate that is in the county, nearer its own seat than any other seat, dry, and not crowded. */
function acceptable(ctx: Context, own: TownshipFact, p: Xy, spacingM: number): boolean {
  const position = ctx.plane.toPosition(p);
  if (!insideRing(position, ctx.facts.boundaryRing)) return false;
  const ownD = planeDistanceM(p, ctx.plane.toXy(own.seat));
  for (const t of ctx.facts.townships) {
    if (t.code !== own.code && planeDistanceM(p, ctx.plane.toXy(t.seat)) * 0.95 < ownD) return false;
  }
  if (ctx.water.some((line) => distanceToPolylineM(p, line) < RESERVOIR_CLEARANCE_M)) return false;
  return ctx.taken.every((q) => planeDistanceM(p, q) >= spacingM);
}

function radiusRange(ctx: Context, own: TownshipFact, urban: boolean): readonly [number, number] {
  if (urban) return URBAN_RADIUS_M;
  const seat = ctx.plane.toXy(own.seat);
  let nearest = Infinity;
  for (const t of ctx.facts.townships) if (t.code !== own.code) nearest = Math.min(nearest, planeDistanceM(seat, ctx.plane.toXy(t.seat)));
  const max = Math.min(RURAL_MAX_RADIUS_M[1], Math.max(RURAL_MAX_RADIUS_M[0], nearest * 1.0));
  return [RURAL_MIN_RADIUS_M, max];
}

/** Draws a point around the seat (uniform over the annulus), relaxing the spacing if the township is crowded. */
function draw(ctx: Context, own: TownshipFact, village: VillageFact, random: Random): Xy {
  const urban = isUrban(village);
  const [rMin, rMax] = radiusRange(ctx, own, urban);
  const seat = ctx.plane.toXy(own.seat);
  let spacing: number = urban ? MIN_SPACING_M.urban : MIN_SPACING_M.rural;
  for (let attempt = 0; ; attempt++) {
    const angle = random.range(0, 2 * Math.PI);
    const r = Math.sqrt(random.range(rMin * rMin, rMax * rMax));
    const p: Xy = [seat[0] + r * Math.cos(angle), seat[1] + r * Math.sin(angle)];
    if (acceptable(ctx, own, p, spacing)) return p;
    if (attempt > 0 && attempt % ATTEMPTS === 0) spacing *= 0.7;
    if (attempt > ATTEMPTS * 10) throw new Error(`village placement: no room for ${village.nameZh}`);
  }
}

/**
 * Places all 211 villages. Published points are kept; a township's single seat village sits on the seat;
 * villages used as design points and the water-only villages take their design position; every other
 * village is drawn around its seat (synthetic, deterministic from the seed).
 */
export function placeVillages(
  plane: LocalPlane,
  facts: ReferenceFacts,
  fixed: ReadonlyMap<string, { position: Position; source: 'design' | 'water' }>,
  water: readonly Xy[][],
  random: Random,
): PlacedVillage[] {
  const ctx: Context = { plane, facts, taken: [], water };
  const placed = new Map<string, PlacedVillage>();
  const seats = new Map(facts.townships.map((t) => [seatVillageCode(t, facts.villages), t]));
  for (const v of facts.villages) {
    const f = fixed.get(v.code);
    const seatOf = seats.get(v.code);
    const p: PlacedVillage | undefined =
      f !== undefined ? { fact: v, position: f.position, source: f.source }
      : v.position !== null ? { fact: v, position: v.position, source: 'published' }
      : seatOf !== undefined ? { fact: v, position: seatOf.seat, source: 'seat' }
      : undefined;
    if (p === undefined) continue;
    placed.set(v.code, p);
    ctx.taken.push(plane.toXy(p.position));
  }
  for (const t of facts.townships) ctx.taken.push(plane.toXy(t.seat));
  for (const v of facts.villages) {
    if (placed.has(v.code)) continue;
    const own = facts.townships.find((t) => t.code === v.townshipCode);
    if (own === undefined) throw new Error(`village ${v.code}: unknown township ${v.townshipCode}`);
    const xy = draw(ctx, own, v, random.fork(v.code));
    ctx.taken.push(xy);
    placed.set(v.code, { fact: v, position: plane.toPosition(xy), source: 'synthetic' });
  }
  return facts.villages.map((v) => placed.get(v.code) as PlacedVillage);
}
