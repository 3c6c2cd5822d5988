import type { Position } from '../../src/domain/geo.js';
import type { Place, PlaceKind } from '../../src/domain/place.js';
import { T } from './corridors.js';
import { insideRing, type LocalPlane } from './plane.js';
import type { Random } from './random.js';
import { PIER_POSITION } from './reservoir.js';
import type { NetworkNode, RoadNetworkBuilder } from './road-network.js';
import type { SchoolSpec } from './school-specs.js';

/** Where the coaches sleep: the county town and four larger towns (synthetic sites). */
export const DEPOTS: ReadonlyArray<{ id: string; townshipCode: string; nameZh: string }> = [
  { id: 'D-331123001', townshipCode: T.miaogao, nameZh: '遂昌县城 客运车辆停车场' },
  { id: 'D-331123103', townshipCode: T.beijie, nameZh: '北界镇 客车停车场' },
  { id: 'D-331123104', townshipCode: T.jinzhu, nameZh: '金竹镇 客车停车场' },
  { id: 'D-331123105', townshipCode: T.dazhe, nameZh: '大柘镇 客车停车场' },
  { id: 'D-331123107', townshipCode: T.wangcunkou, nameZh: '王村口镇 客车停车场' },
];

/** Place id of the county bus station (遂昌汽车客运站). */
export const BUS_STATION_ID = 'B-331123001';
/** Place id of the 湖山 pier, where boat legs start. */
export const PIER_ID = 'P-331123204';

/** The gate place id of a school. */
export const gatePlaceId = (schoolId: string): string => `G-${schoolId}`;

interface Site {
  readonly builder: RoadNetworkBuilder;
  readonly plane: LocalPlane;
  readonly ring: readonly Position[];
  readonly countyId: number;
  readonly random: Random;
}

/** A new road node `distance` metres from `anchor` in a random direction, inside the county, joined by a street. */
function spur(site: Site, key: string, anchor: NetworkNode, distanceM: readonly [number, number], name: string): NetworkNode {
  const a = site.plane.toXy(anchor.position);
  for (let attempt = 0; attempt < 100; attempt++) {
    const angle = site.random.range(0, 2 * Math.PI);
    const r = site.random.range(distanceM[0], distanceM[1]);
    const position = site.plane.toPosition([a[0] + r * Math.cos(angle), a[1] + r * Math.sin(angle)]);
    if (!insideRing(position, site.ring)) continue;
    const node = site.builder.node(key, position, anchor.townshipCode);
    site.builder.connect(anchor, node, { style: 'street', name, traits: { mountain: false, river: false, townshipCode: anchor.townshipCode } });
    return node;
  }
  throw new Error(`service place ${key}: no site inside the county`);
}

function place(site: Site, id: string, kind: PlaceKind, nameZh: string, node: NetworkNode, access: Place['access'] = 'road'): Place {
  return {
    id, countyId: site.countyId, kind, nameZh, townshipId: node.townshipCode,
    lon: node.position[0], lat: node.position[1], access, villageCode: null,
  };
}

/**
 * School gates, depots, the county bus station and the 湖山 pier, each on its own road node joined to its
 * township seat (or village) by a short street, so that every such place sits exactly on a node.
 */
export function addServicePlaces(
  builder: RoadNetworkBuilder, plane: LocalPlane, ring: readonly Position[], countyId: number, random: Random, schools: readonly SchoolSpec[],
): Place[] {
  const site: Site = { builder, plane, ring, countyId, random };
  const places: Place[] = [];
  for (const school of schools) {
    const anchor = builder.get(school.villageCode === undefined ? `seat:${school.townshipCode}` : `village:${school.villageCode}`);
    const node = spur(site, `gate:${school.id}`, anchor, [300, 900], `${school.nameZh} 校前路`);
    places.push(place(site, gatePlaceId(school.id), 'school_gate', `${school.nameZh} 校门`, node));
  }
  const countySeat = builder.get(`seat:${T.miaogao}`);
  const station = spur(site, 'bus-station', countySeat, [700, 1200], '客运站路');
  places.push(place(site, BUS_STATION_ID, 'bus_station', '遂昌汽车客运站', station));
  for (const depot of DEPOTS) {
    const node = spur(site, `depot:${depot.id}`, builder.get(`seat:${depot.townshipCode}`), [600, 1300], `${depot.nameZh} 进场路`);
    places.push(place(site, depot.id, 'depot', depot.nameZh, node));
  }
  const hushan = builder.get(`seat:${T.hushan}`);
  const pier = builder.node('pier:hushan', PIER_POSITION, T.hushan);
  builder.connect(hushan, pier, { style: 'township', name: '湖山码头路', traits: { mountain: true, river: true, townshipCode: T.hushan } });
  places.push(place(site, PIER_ID, 'pier', '湖山码头 (仙霞湖)', pier, 'both'));
  return places;
}
