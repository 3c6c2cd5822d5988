import type { Position } from '../../src/domain/geo.js';
import type { RoadStyleName } from './road-classes.js';

/** Official township codes used by the design (GB/T 2260 + NBS 2023). */
export const T = {
  miaogao: '331123001',
  yunfeng: '331123002',
  xinluwan: '331123102',
  beijie: '331123103',
  jinzhu: '331123104',
  dazhe: '331123105',
  shilian: '331123106',
  wangcunkou: '331123107',
  huangshayao: '331123108',
  sanren: '331123200',
  lianzhu: '331123201',
  yingcun: '331123202',
  gaoping: '331123203',
  hushan: '331123204',
  caiyuan: '331123205',
  jiaotan: '331123206',
  longyang: '331123207',
  zhedaikou: '331123208',
  xifan: '331123209',
  ankou: '331123210',
} as const;

/** The county seat: the seat of 妙高街道. */
export const COUNTY_SEAT_TOWNSHIP = T.miaogao;

/**
 * A design point of the trunk network that is not a township seat (seats are `seat:<code>`, villages with a
 * real position `village:<code>`). All positions here are synthetic: the real junctions are not published.
 */
export interface JunctionSpec {
  readonly key: string;
  readonly label: string;
  readonly position: Position;
  readonly townshipCode: string;
  /** When set, the point is moved to the county boundary vertex nearest to `position`. */
  readonly onBoundary?: boolean;
}

/** The design points of the trunk network (interchanges, junctions, boundary ends; all synthetic positions). */
export const JUNCTIONS: readonly JunctionSpec[] = [
  { key: 'boundary:g4012-nw', label: 'G4012 县界 (往龙游)', position: [119.16, 28.75], townshipCode: T.beijie, onBoundary: true },
  { key: 'junction:ic-xinluwan', label: 'G4012 新路湾互通 (synthetic location)', position: [119.235, 28.69], townshipCode: T.xinluwan },
  { key: 'junction:ic-suichang', label: 'G4012 遂昌互通 (synthetic location)', position: [119.277, 28.586], townshipCode: T.miaogao },
  { key: 'boundary:g4012-se', label: 'G4012 县界 (往松阳)', position: [119.30, 28.546], townshipCode: T.miaogao, onBoundary: true },
  { key: 'junction:leishi', label: '雷石 (温常公路起点; synthetic location)', position: [118.975, 28.565], townshipCode: T.hushan },
  { key: 'junction:wenchang-1', label: '温常公路 中段', position: [118.926, 28.512], townshipCode: T.hushan },
  { key: 'junction:wenchang-2', label: '温常公路 中段', position: [118.87, 28.47], townshipCode: T.huangshayao },
  { key: 'village:331123209217', label: '举淤口 (G637 起点; synthetic location)', position: [118.812, 28.472], townshipCode: T.xifan },
  { key: 'junction:g637-w0', label: 'G637 柘岱口岔口', position: [118.772, 28.508], townshipCode: T.xifan },
  { key: 'boundary:g637-w', label: 'G637 县界 (往江山)', position: [118.738, 28.512], townshipCode: T.xifan, onBoundary: true },
  { key: 'junction:zhedai-1', label: '西柘线 岭头', position: [118.745, 28.462], townshipCode: T.xifan },
  { key: 'junction:zhedai-2', label: '西柘线 岭脚', position: [118.765, 28.414], townshipCode: T.zhedaikou },
  { key: 'junction:longyang-1', label: '王龙线 岭头', position: [118.986, 28.322], townshipCode: T.longyang },
  { key: 'junction:valley-1', label: '乌溪江 沿江公路', position: [118.962, 28.5], townshipCode: T.caiyuan },
];

/** A road drawn through a list of design points. */
export interface ChainSpec {
  readonly name: string;
  readonly style: RoadStyleName;
  readonly keys: readonly string[];
  /** Published length of the whole chain, metres (G637, 温常公路). */
  readonly totalLengthM?: number;
  /** Ratio range override, for corridors calibrated to a published township distance. */
  readonly ratio?: readonly [number, number];
  /** Runs along 乌溪江 or the reservoir (water-side hazard likely). */
  readonly river?: boolean;
}

const seat = (code: string): string => `seat:${code}`;

/**
 * The trunk network (synthetic alignment, real endpoints). Calibration, from the county seat:
 * 北界 27 km via 遂北线; 王村口 50 km and 蔡源 50 km via 遂王线 (ratio held at 1.30–1.33, as the published
 * 50 km is only 1.30 × the straight 38.6 km); 龙洋 72 km; 湖山 46 km via 大柘 and 梭溪桥; 黄沙腰 85 km via
 * 湖山, 雷石 and the 温常公路 (34.3 km, published); 柘岱口 130+ km via 黄沙腰 → 西畈 → 柘岱口, because a
 * ridge separates 柘岱口 from 黄沙腰. Street names like 遂王线 are synthetic.
 */
export const CHAINS: readonly ChainSpec[] = [
  { name: 'G4012 龙丽温高速', style: 'expressway', keys: ['boundary:g4012-nw', 'junction:ic-xinluwan', 'junction:ic-suichang', 'boundary:g4012-se'] },
  { name: 'G4012 遂昌互通连接线', style: 'provincial', keys: ['junction:ic-suichang', seat(T.miaogao)] },
  { name: 'G4012 新路湾互通连接线', style: 'provincial', keys: ['junction:ic-xinluwan', seat(T.xinluwan)] },
  { name: '遂北线', style: 'provincial', keys: [seat(T.miaogao), seat(T.xinluwan), seat(T.beijie)] },
  { name: '遂王线', style: 'provincial', ratio: [1.3, 1.33], keys: [seat(T.miaogao), seat(T.sanren), seat(T.dazhe), seat(T.shilian), seat(T.wangcunkou)] },
  { name: '王龙线', style: 'countyGrade4', ratio: [1.55, 1.75], keys: [seat(T.wangcunkou), 'junction:longyang-1', seat(T.longyang)], river: true },
  { name: '柘湖线', style: 'county', ratio: [1.65, 1.8], keys: [seat(T.dazhe), 'village:331123105225', seat(T.hushan)] },
  { name: '湖雷线', style: 'county', keys: [seat(T.hushan), 'junction:leishi'], river: true },
  { name: '温常公路 (温岭—常山) 湖山至黄沙腰段', style: 'provincial', totalLengthM: 34_300, keys: ['junction:leishi', 'junction:wenchang-1', 'junction:wenchang-2', seat(T.huangshayao)] },
  { name: '温常公路 西畈连接线', style: 'provincialGrade3', ratio: [1.6, 1.8], keys: [seat(T.huangshayao), 'village:331123209217'] },
  { name: 'G637', style: 'national', totalLengthM: 16_100, keys: ['village:331123209217', seat(T.xifan), 'junction:g637-w0', 'boundary:g637-w'] },
  { name: '西柘线', style: 'countyGrade4', ratio: [1.65, 1.8], keys: ['junction:g637-w0', 'junction:zhedai-1', 'junction:zhedai-2', seat(T.zhedaikou)] },
  { name: '石焦线', style: 'county', keys: [seat(T.shilian), seat(T.jiaotan), seat(T.caiyuan)], river: true },
  { name: '焦王线', style: 'countyGrade4', keys: [seat(T.jiaotan), seat(T.wangcunkou)], river: true },
  { name: '乌溪江沿江公路', style: 'countyGrade4', keys: [seat(T.caiyuan), 'junction:valley-1', 'junction:leishi'], river: true },
  { name: '遂濂线', style: 'county', keys: [seat(T.miaogao), seat(T.yunfeng), seat(T.lianzhu)] },
  { name: '新应线', style: 'county', keys: [seat(T.xinluwan), seat(T.yingcun), seat(T.gaoping)] },
  { name: '高金线', style: 'countyGrade4', keys: [seat(T.gaoping), seat(T.jinzhu)] },
  { name: '湖金线', style: 'county', keys: [seat(T.hushan), seat(T.jinzhu)] },
  { name: '三垵线', style: 'county', keys: [seat(T.sanren), 'village:331123210204', 'village:331123210202', seat(T.ankou)] },
];
