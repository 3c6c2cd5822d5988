import type { IsoDate } from '../../domain/calendar.js';

/** Values a message may mention. */
export interface ReasonParams {
  readonly since?: IsoDate;
  readonly until?: IsoDate;
  /** Free detail: a checklist item, a plate's reason, a driver's name, a licence class. */
  readonly detail?: string;
}

type Text = (p: ReasonParams) => string;
/** A catalogue entry: severity and the message in each language. */
export type Entry = { readonly severity: 'blocking' | 'expiring'; readonly en: Text; readonly zh: Text };

const d = (p: ReasonParams): string => (p.detail === undefined || p.detail === '' ? '' : ` (${p.detail})`);
const dz = (p: ReasonParams): string => (p.detail === undefined || p.detail === '' ? '' : `（${p.detail}）`);

const ENTRIES = {
  vehicle_out_of_service: { severity: 'blocking', en: () => 'vehicle is out of service', zh: () => '车辆停用' },
  vehicle_retired: { severity: 'blocking', en: () => 'vehicle is retired', zh: () => '车辆已退出运营' },
  inspection_missing: { severity: 'blocking', en: () => 'no safety inspection on record', zh: () => '无安全检查记录' },
  inspection_failed: {
    severity: 'blocking',
    en: (p) => `last safety inspection (${p.since}) failed${d(p)}`,
    zh: (p) => `最近一次安全检查（${p.since}）不合格${dz(p)}`,
  },
  inspection_expired: {
    severity: 'blocking',
    en: (p) => `last passed inspection is older than 6 months (valid through ${p.until ?? '?'}, expired since ${p.since})`,
    zh: (p) => `安全检查已超过6个月（有效期至${p.until ?? '?'}，自${p.since}起失效）`,
  },
  inspection_expiring: {
    severity: 'expiring',
    en: (p) => `safety inspection valid through ${p.until}; re-inspect before then`,
    zh: (p) => `安全检查有效期至${p.until}，请及时复检`,
  },
  rectification_open: {
    severity: 'blocking',
    en: (p) => `rectification open${d(p)}, due ${p.until}`,
    zh: (p) => `整改未完成${dz(p)}，限期${p.until}`,
  },
  rectification_overdue: {
    severity: 'blocking',
    en: (p) => `rectification overdue${d(p)}, was due ${p.until}`,
    zh: (p) => `整改逾期${dz(p)}，限期${p.until}`,
  },
  insurance_missing: {
    severity: 'blocking',
    en: (p) => `no carrier-liability insurance covers this date${p.detail === undefined ? '' : ` (next policy from ${p.detail})`}`,
    zh: (p) => `无有效承运人责任保险${p.detail === undefined ? '' : `（下一保单自${p.detail}起）`}`,
  },
  insurance_expired: {
    severity: 'blocking',
    en: (p) => `carrier-liability insurance expired on ${p.until} (policy ${p.detail ?? '?'})`,
    zh: (p) => `承运人责任保险已于${p.until}到期（保单${p.detail ?? '?'}）`,
  },
  insurance_expiring: {
    severity: 'expiring',
    en: (p) => `carrier-liability insurance valid through ${p.until}`,
    zh: (p) => `承运人责任保险有效期至${p.until}`,
  },
  traffic_insurance_missing: {
    severity: 'blocking',
    en: (p) => `no compulsory traffic insurance covers this date${p.detail === undefined ? '' : ` (next policy from ${p.detail})`}`,
    zh: (p) => `无有效交强险${p.detail === undefined ? '' : `（下一保单自${p.detail}起）`}`,
  },
  traffic_insurance_expired: {
    severity: 'blocking',
    en: (p) => `compulsory traffic insurance expired on ${p.until} (policy ${p.detail ?? '?'})`,
    zh: (p) => `交强险已于${p.until}到期（保单${p.detail ?? '?'}）`,
  },
  traffic_insurance_expiring: {
    severity: 'expiring',
    en: (p) => `compulsory traffic insurance valid through ${p.until}`,
    zh: (p) => `交强险有效期至${p.until}`,
  },
  plate_missing: { severity: 'blocking', en: () => 'no school-transport plate (标牌)', zh: () => '未取得校车标牌' },
  plate_not_yet_valid: {
    severity: 'blocking',
    en: (p) => `school-transport plate ${p.detail ?? ''} is valid only from ${p.since}`,
    zh: (p) => `校车标牌${p.detail ?? ''}自${p.since}起生效`,
  },
  plate_suspended: {
    severity: 'blocking',
    en: (p) => `school-transport plate suspended${d(p)}`,
    zh: (p) => `校车标牌已暂停${dz(p)}`,
  },
  plate_revoked: {
    severity: 'blocking',
    en: (p) => `school-transport plate revoked${d(p)}`,
    zh: (p) => `校车标牌已吊销${dz(p)}`,
  },
  plate_expired: {
    severity: 'blocking',
    en: (p) => `school-transport plate expired on ${p.until}`,
    zh: (p) => `校车标牌已于${p.until}到期`,
  },
  plate_expiring: {
    severity: 'expiring',
    en: (p) => `school-transport plate valid through ${p.until}`,
    zh: (p) => `校车标牌有效期至${p.until}`,
  },
  plate_driver_ineligible: {
    severity: 'blocking',
    en: (p) => `the driver named on the plate may not drive${d(p)}; change the plate's driver`,
    zh: (p) => `标牌登记的驾驶人不符合条件${dz(p)}，须变更标牌驾驶人`,
  },
  no_eligible_driver: {
    severity: 'blocking',
    en: () => 'no eligible driver of this operator may drive it',
    zh: () => '本企业无符合条件的驾驶人',
  },
  driver_not_endorsed: {
    severity: 'blocking',
    en: () => 'driver has no school-transport endorsement',
    zh: () => '驾驶人未取得校车驾驶资格',
  },
  driver_too_young: {
    severity: 'blocking',
    en: (p) => `driver is under 25 (turns 25 on ${p.detail ?? '?'})`,
    zh: (p) => `驾驶人未满25周岁（${p.detail ?? '?'}满25周岁）`,
  },
  driver_too_old: {
    severity: 'blocking',
    en: (p) => `driver is over 60 (61 since ${p.since})`,
    zh: (p) => `驾驶人已超过60周岁（${p.since}满61周岁）`,
  },
  driver_age_limit_near: {
    severity: 'expiring',
    en: (p) => `driver reaches the age limit: last day ${p.until}`,
    zh: (p) => `驾驶人即将超龄，最后可驾驶日${p.until}`,
  },
  driver_inexperienced: {
    severity: 'blocking',
    en: (p) => `driver has under 3 years of driving (3 years on ${p.detail ?? '?'})`,
    zh: (p) => `驾驶人驾龄不足3年（${p.detail ?? '?'}满3年）`,
  },
  driver_wrong_operator: {
    severity: 'blocking',
    en: () => 'driver is employed by another operator',
    zh: () => '驾驶人不属于该车辆所属企业',
  },
  driver_licence_mismatch: {
    severity: 'blocking',
    en: (p) => `driver's licence class does not permit this vehicle${d(p)}`,
    zh: (p) => `驾驶人准驾车型与车辆不符${dz(p)}`,
  },
  plate_already_active: {
    severity: 'blocking',
    en: (p) => `vehicle already has an active plate for these dates${d(p)}`,
    zh: (p) => `该车辆在此期间已有有效校车标牌${dz(p)}`,
  },
  plate_outlasts_inspection: {
    severity: 'blocking',
    en: (p) => `plate validity may not end after the inspection's (${p.until})`,
    zh: (p) => `校车标牌有效期不得超过安全检验有效期（${p.until}）`,
  },
  plate_number_taken: {
    severity: 'blocking',
    en: (p) => `plate number already used${d(p)}`,
    zh: (p) => `标牌号已被使用${dz(p)}`,
  },
} as const satisfies Record<string, Entry>;

/** Every stable reason code. */
export type ReasonCode = keyof typeof ENTRIES;

/**
 * Every reason code with its severity and its message in English and Chinese. The codes are stable:
 * the API, the web pages and the scheduler key on them.
 */
export const REASON_CATALOGUE: Readonly<Record<ReasonCode, Entry>> = ENTRIES;

/** The codes in catalogue order (for documentation and tests). */
export const REASON_CODES = Object.keys(REASON_CATALOGUE) as ReasonCode[];
