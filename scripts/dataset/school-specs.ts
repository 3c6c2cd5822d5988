import type { SchoolLevel } from '../../src/domain/school.js';
import { T } from './corridors.js';

/**
 * One of the county's 33 schools. Names are real where a public source names the school (`real`; some of
 * them only from the brief, unverified: see data/suichang/README.md); the others follow the county's naming
 * pattern and are synthetic. Every number is synthetic, chosen so that the totals equal the county's 2012
 * figures: 8,615 boarders, 6,283 who need a ride, 3,380 who ride the 18 schools' weekend shuttles.
 */
export interface SchoolSpec {
  readonly id: string;
  readonly nameZh: string;
  readonly level: SchoolLevel;
  readonly townshipCode: string;
  readonly nameSource: 'real' | 'synthetic';
  readonly runsShuttle: boolean;
  readonly boarders: number;
  /** Boarders who live too far to walk home. */
  readonly needRide: number;
  /** Of those, the ones who ride today's shuttle (0 at schools without one). */
  readonly rides: number;
  /** Townships whose villages send the boarders who need a ride (the school's own first). */
  readonly catchment: readonly string[];
  /** Village code when the school is not at the township seat (古楼小学 stands in 古楼村). */
  readonly villageCode?: string;
}

const s = (
  id: string, nameZh: string, level: SchoolLevel, townshipCode: string, nameSource: 'real' | 'synthetic',
  runsShuttle: boolean, boarders: number, needRide: number, rides: number, catchment: readonly string[], villageCode?: string,
): SchoolSpec => ({ id, nameZh, level, townshipCode, nameSource, runsShuttle, boarders, needRide, rides, catchment, ...(villageCode === undefined ? {} : { villageCode }) });

/** County-town middle schools draw from the whole county, their own subdistricts first. */
const COUNTY_WIDE = [T.miaogao, T.yunfeng, T.sanren, T.lianzhu, T.xinluwan, T.dazhe, T.yingcun, T.beijie, T.ankou] as const;

/** The 33 schools, shuttle schools last (SCH16–SCH33). */
export const SCHOOL_SPECS: readonly SchoolSpec[] = [
  s('SCH01', '妙高小学', 'primary', T.miaogao, 'real', false, 260, 120, 0, [T.miaogao]),
  s('SCH02', '遂昌二中', 'middle', T.miaogao, 'real', false, 600, 360, 0, COUNTY_WIDE),
  s('SCH03', '遂昌中学', 'middle', T.miaogao, 'real', false, 650, 390, 0, COUNTY_WIDE),
  s('SCH04', '金岸中学', 'middle', T.miaogao, 'real', false, 370, 220, 0, [T.miaogao, T.sanren, T.yunfeng]),
  s('SCH05', '妙高街道中心小学', 'primary', T.miaogao, 'synthetic', false, 220, 90, 0, [T.miaogao]),
  s('SCH06', '云峰中心学校', 'nine_year', T.yunfeng, 'real', false, 250, 150, 0, [T.yunfeng]),
  s('SCH07', '新路湾镇中心小学', 'primary', T.xinluwan, 'synthetic', false, 200, 110, 0, [T.xinluwan]),
  s('SCH08', '新路湾镇中学', 'middle', T.xinluwan, 'synthetic', false, 260, 150, 0, [T.xinluwan, T.yingcun]),
  s('SCH09', '北界镇中心小学', 'primary', T.beijie, 'synthetic', false, 180, 95, 0, [T.beijie]),
  s('SCH10', '北界镇中学', 'middle', T.beijie, 'synthetic', false, 230, 130, 0, [T.beijie]),
  s('SCH11', '大柘镇中心小学', 'primary', T.dazhe, 'synthetic', false, 240, 110, 0, [T.dazhe]),
  s('SCH12', '大柘镇中学', 'middle', T.dazhe, 'synthetic', false, 300, 170, 0, [T.dazhe, T.sanren]),
  s('SCH13', '三仁畲族乡中心小学', 'primary', T.sanren, 'synthetic', false, 120, 45, 0, [T.sanren]),
  s('SCH14', '濂竹乡中心小学', 'primary', T.lianzhu, 'synthetic', false, 70, 50, 0, [T.lianzhu]),
  s('SCH15', '应村乡中心小学', 'primary', T.yingcun, 'synthetic', false, 85, 60, 0, [T.yingcun]),
  s('SCH16', '湖山中心小学', 'primary', T.hushan, 'real', true, 260, 235, 210, [T.hushan]),
  s('SCH17', '湖山乡中学', 'middle', T.hushan, 'synthetic', true, 240, 215, 185, [T.hushan]),
  s('SCH18', '西畈小学', 'primary', T.xifan, 'real', true, 150, 130, 110, [T.xifan]),
  s('SCH19', '柘岱口小学', 'primary', T.zhedaikou, 'real', true, 130, 118, 100, [T.zhedaikou]),
  s('SCH20', '古楼小学', 'primary', T.jinzhu, 'real', true, 140, 120, 95, [T.jinzhu], '331123104238'),
  s('SCH21', '高坪乡小学', 'primary', T.gaoping, 'real', true, 160, 140, 115, [T.gaoping]),
  s('SCH22', '金竹镇中心小学', 'primary', T.jinzhu, 'synthetic', true, 330, 280, 240, [T.jinzhu]),
  s('SCH23', '金竹镇中学', 'middle', T.jinzhu, 'synthetic', true, 420, 370, 310, [T.jinzhu, T.gaoping]),
  s('SCH24', '王村口镇中心小学', 'primary', T.wangcunkou, 'synthetic', true, 300, 265, 225, [T.wangcunkou]),
  s('SCH25', '王村口镇中学', 'middle', T.wangcunkou, 'synthetic', true, 380, 340, 290, [T.wangcunkou, T.caiyuan]),
  s('SCH26', '黄沙腰镇中心小学', 'primary', T.huangshayao, 'synthetic', true, 260, 235, 190, [T.huangshayao]),
  s('SCH27', '黄沙腰镇中学', 'middle', T.huangshayao, 'synthetic', true, 300, 270, 230, [T.huangshayao, T.xifan, T.zhedaikou]),
  s('SCH28', '龙洋乡中心学校', 'nine_year', T.longyang, 'synthetic', true, 220, 200, 170, [T.longyang]),
  s('SCH29', '蔡源乡中心小学', 'primary', T.caiyuan, 'synthetic', true, 170, 150, 120, [T.caiyuan]),
  s('SCH30', '焦滩乡中心小学', 'primary', T.jiaotan, 'synthetic', true, 170, 150, 120, [T.jiaotan]),
  s('SCH31', '石练镇中心小学', 'primary', T.shilian, 'synthetic', true, 330, 280, 240, [T.shilian]),
  s('SCH32', '石练镇中学', 'middle', T.shilian, 'synthetic', true, 420, 360, 295, [T.shilian, T.jiaotan, T.ankou]),
  s('SCH33', '垵口乡中心小学', 'primary', T.ankou, 'synthetic', true, 200, 175, 135, [T.ankou]),
];

/** The county's published totals the table must reproduce (遂昌县教育局 2012 safety-work summary). */
export const PUBLISHED = { schools: 33, shuttleSchools: 18, boarders: 8615, needRide: 6283, rides: 3380 } as const;

/** Throws unless the table reproduces the published totals exactly. */
export function checkSchoolTotals(specs: readonly SchoolSpec[]): void {
  const sum = (f: (x: SchoolSpec) => number) => specs.reduce((a, x) => a + f(x), 0);
  const got = {
    schools: specs.length,
    shuttleSchools: specs.filter((x) => x.runsShuttle).length,
    boarders: sum((x) => x.boarders),
    needRide: sum((x) => x.needRide),
    rides: sum((x) => x.rides),
  };
  for (const key of Object.keys(PUBLISHED) as Array<keyof typeof PUBLISHED>) {
    if (got[key] !== PUBLISHED[key]) throw new Error(`school table: ${key} is ${got[key]}, published ${PUBLISHED[key]}`);
  }
  for (const x of specs) {
    if (x.rides > x.needRide || x.needRide > x.boarders) throw new Error(`school ${x.id}: rides <= needRide <= boarders violated`);
    if (!x.runsShuttle && x.rides > 0) throw new Error(`school ${x.id}: riders without a shuttle`);
  }
}
