import type { ChecklistItem } from '../../src/domain/compliance-records.js';

/**
 * The county's inspection checklist for student transport. Items follow 校车安全管理条例 and the industry
 * rules the county cites (brakes, steering, tyres, lights, a belt on every seat, exits and hammers, extinguisher,
 * first-aid kit, speed limiter, GPS with recorder, at least 4 in-vehicle cameras as Zhejiang requires, signs
 * and lamps, body and seats); boats get the items of a passenger boat. Wording is ours.
 */
const ITEMS: ReadonlyArray<readonly [code: string, zh: string, en: string, appliesTo: ChecklistItem['appliesTo'], failure: string]> = [
  ['BRAKES', '制动系统', 'Brakes', 'bus', '后轮制动力不平衡'],
  ['STEERING', '转向系统', 'Steering', 'bus', '方向盘自由转动量过大'],
  ['TYRES', '轮胎 (花纹深度, 无翻新胎)', 'Tyres (tread depth, no retreads)', 'bus', '左后轮胎花纹深度不足'],
  ['LIGHTS', '灯光与信号装置', 'Lights and signals', 'bus', '右侧转向灯不亮'],
  ['SEAT_BELTS', '每个座位安全带', 'A seat belt on every seat', 'bus', '第5排座位安全带卡扣损坏'],
  ['EXITS', '安全出口与安全锤', 'Emergency exits and escape hammers', 'bus', '安全锤缺失2把'],
  ['EXTINGUISHER', '干粉灭火器', 'Dry-powder fire extinguisher', 'both', '灭火器压力不足'],
  ['FIRST_AID', '急救箱', 'First-aid kit', 'both', '急救箱药品过期'],
  ['SPEED_LIMITER', '限速装置', 'Speed limiter', 'bus', '限速装置未设定'],
  ['GPS_RECORDER', '卫星定位装置与行驶记录仪', 'GPS with driving recorder', 'bus', '卫星定位终端离线'],
  ['CAMERAS', '车内视频监控 (不少于4路)', 'In-vehicle cameras (at least 4)', 'bus', '车内摄像头仅3路有效'],
  ['SCHOOL_SIGNS', '学生接送标志与标志灯', 'School-transport signs and lamps', 'bus', '顶部标志灯损坏'],
  ['BODY_SEATS', '车身与座椅', 'Body and seats', 'bus', '座椅固定螺栓松动'],
  ['LIFE_JACKETS', '救生衣 (每客位一件)', 'A life jacket for every passenger', 'boat', '救生衣数量少于核载人数'],
  ['LIFEBUOYS', '救生圈', 'Lifebuoys', 'boat', '救生圈缺少反光带'],
  ['HULL', '船体', 'Hull', 'boat', '船体左舷渗水'],
  ['ENGINE', '主机与舵机', 'Engine and steering gear', 'boat', '主机冷却系统漏水'],
  ['NAV_LIGHTS', '航行信号灯与通信设备', 'Navigation lights and radio', 'boat', '甚高频电台失灵'],
];

/** The checklist rows of `checklist.csv`. */
export function checklist(countyId: number): ChecklistItem[] {
  return ITEMS.map(([code, labelZh, labelEn, appliesTo], i) => ({ code, countyId, labelZh, labelEn, appliesTo, sortOrder: (i + 1) * 10, active: true }));
}

/** The inspector's note for a failed item. */
export function failureNote(code: string): string {
  return ITEMS.find((item) => item[0] === code)?.[4] ?? '不合格';
}

/** The item codes that apply to a vehicle kind. */
export function itemsFor(kind: 'bus' | 'boat'): string[] {
  return ITEMS.filter((item) => item[3] === kind || item[3] === 'both').map((item) => item[0]);
}
