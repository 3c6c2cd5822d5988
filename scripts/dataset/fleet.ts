import { addDays, type IsoDate } from '../../src/domain/calendar.js';
import type { Driver, Operator, Vehicle } from '../../src/domain/fleet.js';
import type { Random } from './random.js';
import { PIER_ID } from './service-places.js';

/** The contracted operators (names and licence numbers synthetic, in the county's naming pattern). */
const OPERATORS: ReadonlyArray<readonly [string, string]> = [
  ['OP01', '遂昌县城北客运有限公司'],
  ['OP02', '遂昌县通达客运有限公司'],
  ['OP03', '遂昌县金竹客运有限公司'],
  ['OP04', '遂昌县大柘安达客运有限公司'],
  ['OP05', '遂昌县王村口山区客运有限公司'],
  ['OP06', '遂昌县仙霞湖水上客运有限公司'],
];

/** Coaches per depot and operator: 112 in all, as the county reports (110+ coaches carrying students). */
const COACH_GROUPS: ReadonlyArray<readonly [depot: string, operator: string, count: number]> = [
  ['D-331123001', 'OP01', 22],
  ['D-331123001', 'OP02', 22],
  ['D-331123103', 'OP01', 14],
  ['D-331123104', 'OP03', 18],
  ['D-331123105', 'OP04', 18],
  ['D-331123107', 'OP05', 18],
];

/** Approved capacities (核载人数) and how many coaches of each: common Chinese coach sizes. */
const CAPACITY_MIX: ReadonlyArray<readonly [seats: number, count: number]> = [
  [19, 14], [23, 12], [33, 16], [35, 16], [41, 16], [45, 16], [49, 12], [53, 10],
];
const BOAT_CAPACITIES = [20, 25, 30] as const;
const BRANDS = ['宇通', '金龙', '海格', '中通', '安凯'] as const;
const SPARE_COACH_DRIVERS = 13;
const SPARE_BOAT_MASTERS = 2;
const OUT_OF_SERVICE = 2;
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Operators, vehicles and drivers, plus who normally drives what. */
export interface Fleet {
  readonly operators: Operator[];
  readonly vehicles: Vehicle[];
  readonly drivers: Driver[];
  /** Vehicle id → the driver named on its plate. */
  readonly driverOf: Map<string, string>;
}

function registrations(count: number, random: Random): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(`浙K·${random.pick([...PLATE_LETTERS])}${String(random.int(0, 9999)).padStart(4, '0')}`);
  return [...seen];
}

/** A driver in good standing: 28–58 years old, licensed at least 6 years, endorsed. */
function driver(id: string, operatorId: string, displayName: string, licenceClass: Driver['licenceClass'], demo: IsoDate, countyId: number, random: Random): Driver {
  const birthDate = addDays(demo, -Math.round(random.range(28, 58) * 365.25));
  const licensedSince = addDays(birthDate, Math.round(random.range(21, 26) * 365.25));
  const latest = addDays(demo, -6 * 366);
  return {
    id, countyId, operatorId, displayName, licenceClass, birthDate,
    licensedSince: licensedSince < latest ? licensedSince : latest, schoolTransportEndorsed: true,
  };
}

/** Builds the fleet: 112 coaches at five depots, three boats at the 湖山 pier, and 130 drivers. Synthetic. */
export function buildFleet(demo: IsoDate, countyId: number, random: Random): Fleet {
  const operators = OPERATORS.map(([id, nameZh], i) => ({ id, countyId, nameZh, licenceNo: `浙交运管许可丽字3311230${String(i + 11).padStart(5, '0')}号` }));
  const seats = random.shuffle(CAPACITY_MIX.flatMap(([s, n]) => Array.from({ length: n }, () => s)));
  const regs = registrations(112, random);
  const vehicles: Vehicle[] = [];
  for (const [depot, operatorId, count] of COACH_GROUPS) {
    for (let k = 0; k < count; k++) {
      const i = vehicles.length;
      const capacity = seats[i] as number;
      vehicles.push({
        id: `BUS${String(i + 1).padStart(3, '0')}`, countyId, kind: 'bus', registrationNo: regs[i] as string, approvedCapacity: capacity,
        operatorId, homeDepotPlaceId: depot, year: random.int(2010, 2024),
        makeModel: `${random.pick(BRANDS)} ${capacity}座 ${capacity <= 19 ? '中型客车' : '大型客车'}`, status: 'active',
      });
    }
  }
  for (const v of random.shuffle(vehicles).slice(0, OUT_OF_SERVICE)) vehicles[vehicles.indexOf(v)] = { ...v, status: 'out_of_service' };
  BOAT_CAPACITIES.forEach((capacity, i) => {
    vehicles.push({
      id: `BOAT${String(i + 1).padStart(2, '0')}`, countyId, kind: 'boat', registrationNo: `浙遂昌客渡${String(i + 21).padStart(4, '0')}`,
      approvedCapacity: capacity, operatorId: 'OP06', homeDepotPlaceId: PIER_ID, year: random.int(2012, 2020),
      makeModel: `钢质客渡船 ${capacity}客位`, status: 'active',
    });
  });
  const drivers: Driver[] = [];
  const driverOf = new Map<string, string>();
  for (const v of vehicles) {
    const boat = v.kind === 'boat';
    const id = `DRV${String(drivers.length + 1).padStart(3, '0')}`;
    const licence = boat ? 'boat_master' : v.approvedCapacity <= 19 && random.chance(0.6) ? 'B1' : 'A1';
    drivers.push(driver(id, v.operatorId, boat ? `船长 ${id.slice(3)}` : `驾驶员 ${id.slice(3)}`, licence, demo, countyId, random));
    driverOf.set(v.id, id);
  }
  const coachOperators = ['OP01', 'OP02', 'OP03', 'OP04', 'OP05'];
  for (let k = 0; k < SPARE_COACH_DRIVERS + SPARE_BOAT_MASTERS; k++) {
    const boat = k >= SPARE_COACH_DRIVERS;
    const id = `DRV${String(drivers.length + 1).padStart(3, '0')}`;
    const operatorId = boat ? 'OP06' : (coachOperators[k % coachOperators.length] as string);
    drivers.push(driver(id, operatorId, boat ? `船长 ${id.slice(3)}` : `驾驶员 ${id.slice(3)}`, boat ? 'boat_master' : 'A1', demo, countyId, random));
  }
  return { operators, vehicles, drivers, driverOf };
}
