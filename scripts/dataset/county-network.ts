import type { Position } from '../../src/domain/geo.js';
import type { Place } from '../../src/domain/place.js';
import type { WaterwayLeg } from '../../src/domain/waterway-leg.js';
import { CHAINS, COUNTY_SEAT_TOWNSHIP, JUNCTIONS } from './corridors.js';
import { insideRing, LocalPlane, nearestVertex } from './plane.js';
import type { Random } from './random.js';
import type { ReferenceFacts } from './reference-facts.js';
import { PIER_ID } from './service-places.js';
import { reservoirCentreLinesXy, sailingLengthM, sailingPath, WATER_VILLAGES } from './reservoir.js';
import { RoadNetworkBuilder, type NetworkNode } from './road-network.js';
import { addVillageLoops, connectVillages } from './village-roads.js';
import { placeVillages, type PlacedVillage } from './village-placement.js';

/** Share of villages that get a second road (calibrates the network to the county's 1,500 km). */
const VILLAGE_LOOP_CHANCE = 0.4;

/** The road and water network with the village stops on it. */
export interface CountyNetwork {
  readonly plane: LocalPlane;
  readonly builder: RoadNetworkBuilder;
  readonly villages: readonly PlacedVillage[];
  readonly villagePlaces: readonly Place[];
  readonly waterways: readonly WaterwayLeg[];
}

/** A village's display name: `毛阳村委会` → `毛阳村`; communities keep `社区`. */
export function villageName(raw: string): string {
  return raw.replace(/村委会$/, '村').replace(/居委会$/, '居');
}

/** The place id of a village stop (or water landing). */
export const villagePlaceId = (code: string): string => `V${code}`;

function assertInside(ring: readonly Position[], p: Position, what: string): void {
  if (!insideRing(p, ring)) throw new Error(`network design: ${what} at ${p.join(',')} lies outside the county`);
}

/** Seats, design junctions (boundary points snapped to a boundary vertex) and the trunk chains. */
function buildTrunk(builder: RoadNetworkBuilder, plane: LocalPlane, facts: ReferenceFacts): void {
  for (const t of facts.townships) builder.node(`seat:${t.code}`, t.seat, t.code);
  for (const j of JUNCTIONS) {
    const position = j.onBoundary === true ? nearestVertex(facts.boundaryRing, j.position, plane) : j.position;
    if (j.onBoundary !== true) assertInside(facts.boundaryRing, position, j.label);
    builder.node(j.key, position, j.townshipCode);
  }
  for (const v of facts.villages) {
    const used = CHAINS.some((c) => c.keys.includes(`village:${v.code}`));
    if (used && v.position !== null) builder.node(`village:${v.code}`, v.position, v.townshipCode);
  }
  for (const c of CHAINS) {
    const traits = { mountain: true, river: c.river === true, townshipCode: '' };
    builder.chain(c.keys, { style: c.style, name: c.name, traits, ...(c.ratio === undefined ? {} : { ratio: c.ratio }) }, c.totalLengthM);
  }
}

function waterLegs(villages: readonly PlacedVillage[], countyId: number, random: Random): WaterwayLeg[] {
  return WATER_VILLAGES.map((w, i) => {
    const path = sailingPath(w);
    const village = villages.find((v) => v.fact.code === w.code);
    return {
      id: `W${String(i + 1).padStart(2, '0')}`,
      countyId,
      name: `仙霞湖 湖山码头—${villageName(village?.fact.nameZh ?? w.code)}`,
      fromPlaceId: PIER_ID,
      toPlaceId: villagePlaceId(w.code),
      geometry: { type: 'LineString', coordinates: path },
      lengthM: sailingLengthM(path),
      speedKmh: random.int(15, 18),
      closure: null,
    };
  });
}

/**
 * Builds the county's roads: the designed trunk (see corridors.ts), then every village placed and joined
 * to its township's trunk by township and village roads; and the boat legs from the 湖山 pier.
 */
export function buildCountyNetwork(facts: ReferenceFacts, random: Random, countyId: number): CountyNetwork {
  const countySeat = facts.townships.find((t) => t.code === COUNTY_SEAT_TOWNSHIP);
  if (countySeat === undefined) throw new Error('reference: no county seat township');
  const plane = new LocalPlane(countySeat.seat);
  const builder = new RoadNetworkBuilder(plane, random.fork('roads'), countyId);
  buildTrunk(builder, plane, facts);

  const fixed = new Map<string, { position: Position; source: 'design' | 'water' }>();
  for (const j of JUNCTIONS) if (j.key.startsWith('village:')) fixed.set(j.key.slice('village:'.length), { position: j.position, source: 'design' });
  for (const w of WATER_VILLAGES) {
    const head = sailingPath(w).at(-1) as Position;
    assertInside(facts.boundaryRing, head, `landing ${w.code}`);
    fixed.set(w.code, { position: head, source: 'water' });
  }
  const villages = placeVillages(plane, facts, fixed, reservoirCentreLinesXy(plane), random.fork('villages'));

  const names = new Map<string, string>(facts.townships.map((t) => [`seat:${t.code}`, t.nameZh.replace(/(街道|畲族乡|乡|镇)$/, '')]));
  for (const j of JUNCTIONS) names.set(j.key, j.label.replace(/ \(.*\)$/, ''));
  const nodeOf = new Map<string, NetworkNode>();
  for (const v of villages) {
    if (v.source === 'water') continue;
    const key = v.source === 'seat' ? `seat:${v.fact.townshipCode}` : `village:${v.fact.code}`;
    const node = builder.node(key, v.position, v.fact.townshipCode);
    if (v.source !== 'seat') names.set(key, villageName(v.fact.nameZh));
    nodeOf.set(v.fact.code, node);
  }
  const nameOf = (n: NetworkNode) => names.get(n.key) ?? n.key;
  const roadsRandom = random.fork('village-roads');
  for (const t of facts.townships) {
    const own = villages.filter((v) => v.fact.townshipCode === t.code && nodeOf.has(v.fact.code));
    const nodes = own.map((v) => ({ node: nodeOf.get(v.fact.code) as NetworkNode, name: villageName(v.fact.nameZh) }));
    const root = connectVillages(builder, plane, t.code, nodes, nameOf, roadsRandom);
    addVillageLoops(builder, plane, t.code, nodes.filter((n) => !n.node.key.startsWith('seat:')), nameOf, root, VILLAGE_LOOP_CHANCE, roadsRandom);
  }

  const villagePlaces: Place[] = villages.map((v) => {
    const node = nodeOf.get(v.fact.code);
    const position = node?.position ?? v.position;
    return {
      id: villagePlaceId(v.fact.code), countyId, kind: 'village_stop', nameZh: villageName(v.fact.nameZh), townshipId: v.fact.townshipCode,
      lon: position[0], lat: position[1], access: v.source === 'water' ? 'water' : 'road', villageCode: v.fact.code,
    };
  });
  return { plane, builder, villages, villagePlaces, waterways: waterLegs(villages, countyId, random.fork('water')) };
}
