import type { IsoDate } from '../../src/domain/calendar.js';
import type { Insurance, InsuranceKind } from '../../src/domain/compliance-records.js';
import type { Vehicle } from '../../src/domain/fleet.js';
import type { CompliancePlan } from './compliance-plan.js';
import type { Random } from './random.js';
import { addYears, currentTermStart, oneYearFrom, type TermState } from './terms.js';

/** Insurers of the (synthetic) policies: the county's usual carriers. */
const INSURERS = ['中国人民财产保险股份有限公司遂昌支公司', '中国平安财产保险股份有限公司丽水中心支公司', '中国太平洋财产保险股份有限公司丽水中心支公司'] as const;

/** Boats carry carrier liability only: compulsory traffic insurance (交强险) is for road vehicles. */
function kindsFor(v: Vehicle): InsuranceKind[] {
  return v.kind === 'boat' ? ['carrier_liability'] : ['carrier_liability', 'compulsory_traffic'];
}

/**
 * Two one-year terms per vehicle and kind (last year's and the current one). The plan's vehicles get an
 * expired current term (no renewal) or one that ends within 30 days, on one of their policies.
 */
export function buildInsurance(vehicles: readonly Vehicle[], plan: CompliancePlan, demo: IsoDate, countyId: number, random: Random): Insurance[] {
  const rows: Insurance[] = [];
  for (const v of vehicles) {
    const r = random.fork(v.id);
    const insurer = r.pick(INSURERS);
    const special = plan.insuranceExpired.includes(v.id) ? 'expired' : plan.insuranceExpiringSoon.includes(v.id) ? 'expiringSoon' : undefined;
    const specialKind = r.pick(kindsFor(v));
    for (const kind of kindsFor(v)) {
      const state: TermState = kind === specialKind && special !== undefined ? special : 'current';
      const start = currentTermStart(demo, state, r);
      for (const term of [oneYearFrom(addYears(start, -1)), oneYearFrom(start)]) {
        const year = term.validFrom.slice(0, 4);
        rows.push({
          id: `INSUR${String(rows.length + 1).padStart(4, '0')}`, countyId, vehicleId: v.id, kind, insurer,
          policyNo: `${kind === 'carrier_liability' ? 'PZCY' : 'PDZA'}${year}331123${String(r.int(0, 999999)).padStart(6, '0')}`, ...term,
        });
      }
    }
  }
  return rows;
}
