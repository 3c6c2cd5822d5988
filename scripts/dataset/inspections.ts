import { addDays, type IsoDate } from '../../src/domain/calendar.js';
import type { Inspection, InspectionItemResult, Rectification } from '../../src/domain/compliance-records.js';
import type { Vehicle } from '../../src/domain/fleet.js';
import { failureNote, itemsFor } from './checklist.js';
import type { CompliancePlan } from './compliance-plan.js';
import type { Random } from './random.js';

/** Inspection records of the fleet: inspections, one result per checklist item, rectifications. */
export interface InspectionHistory {
  readonly inspections: Inspection[];
  readonly items: InspectionItemResult[];
  readonly rectifications: Rectification[];
}

/** The county inspects every ~6 months (182 days); history goes back about 1.5 years. */
const INTERVAL_DAYS = 182;
const HISTORY_DAYS = 560;
/** Rectification must be done within 15 days of the failed inspection (synthetic county rule). */
const RECTIFY_DAYS = 15;
const HISTORIC_FAILURE_CHANCE = 0.12;

type Standing = 'normal' | 'stale' | 'overdue' | 'pending';

/** Days before the demo Friday of the latest regular inspection, by the vehicle's standing. */
const LATEST_OFFSET: Readonly<Record<Standing, readonly [number, number]>> = {
  normal: [7, 150],
  stale: [190, 240],
  overdue: [25, 45],
  pending: [3, 12],
};

function standingOf(id: string, plan: CompliancePlan): Standing {
  if (plan.inspectionStale.includes(id)) return 'stale';
  if (plan.rectificationOverdue.includes(id)) return 'overdue';
  if (plan.rectificationPending.includes(id)) return 'pending';
  return 'normal';
}

class HistoryWriter implements InspectionHistory {
  readonly inspections: Inspection[] = [];
  readonly items: InspectionItemResult[] = [];
  readonly rectifications: Rectification[] = [];
  constructor(readonly countyId: number) {}

  inspect(vehicle: Vehicle, on: IsoDate, failed: readonly string[], note: string, inspector: string): Inspection {
    const id = `INS${String(this.inspections.length + 1).padStart(5, '0')}`;
    const inspection = { id, countyId: this.countyId, vehicleId: vehicle.id, inspectedOn: on, inspector, passed: failed.length === 0, note };
    this.inspections.push(inspection);
    for (const code of itemsFor(vehicle.kind)) {
      const fail = failed.includes(code);
      this.items.push({ inspectionId: id, itemCode: code, outcome: fail ? 'fail' : 'pass', note: fail ? failureNote(code) : '' });
    }
    return inspection;
  }

  rectify(failedAt: Inspection, code: string, closedBy: Inspection | null): void {
    this.rectifications.push({
      id: `RECT${String(this.rectifications.length + 1).padStart(4, '0')}`, countyId: this.countyId, vehicleId: failedAt.vehicleId,
      inspectionId: failedAt.id, itemCode: code, dueOn: addDays(failedAt.inspectedOn, RECTIFY_DAYS),
      status: closedBy === null ? 'open' : 'closed', closedOn: closedBy?.inspectedOn ?? null, closedByInspectionId: closedBy?.id ?? null,
      note: closedBy === null ? '整改中' : '复检合格',
    });
  }
}

/** One vehicle's history: regular inspections, failures closed by a re-inspection, and the planned open one. */
function vehicleHistory(w: HistoryWriter, vehicle: Vehicle, standing: Standing, demo: IsoDate, random: Random): void {
  const [lo, hi] = LATEST_OFFSET[standing];
  const latest = random.int(lo, hi);
  const offsets: number[] = [];
  for (let k = 0; latest + k * INTERVAL_DAYS <= HISTORY_DAYS; k++) offsets.unshift(latest + k * INTERVAL_DAYS + (k === 0 ? 0 : random.int(-10, 10)));
  const inspector = `遂昌县交通运输局 检查组${random.int(1, 4)}`;
  const codes = itemsFor(vehicle.kind);
  offsets.forEach((offset, i) => {
    const on = addDays(demo, -offset);
    const last = i === offsets.length - 1;
    if (last && (standing === 'overdue' || standing === 'pending')) {
      const code = random.pick(codes);
      w.rectify(w.inspect(vehicle, on, [code], '定期检查, 不合格', inspector), code, null);
      return;
    }
    const recheck = random.int(7, 14);
    if (offset - recheck <= 0 || (last && standing === 'stale') || !random.chance(HISTORIC_FAILURE_CHANCE)) {
      w.inspect(vehicle, on, [], '定期检查', inspector);
      return;
    }
    const failed = random.chance(0.2) ? random.shuffle(codes).slice(0, 2).sort() : [random.pick(codes)];
    const failedAt = w.inspect(vehicle, on, failed, '定期检查, 不合格', inspector);
    const closedBy = w.inspect(vehicle, addDays(on, recheck), [], '复检', inspector);
    for (const code of failed) w.rectify(failedAt, code, closedBy);
  });
}

/** Builds every vehicle's inspection history relative to the demo Friday (synthetic). */
export function buildInspectionHistory(vehicles: readonly Vehicle[], plan: CompliancePlan, demo: IsoDate, countyId: number, random: Random): InspectionHistory {
  const w = new HistoryWriter(countyId);
  for (const v of vehicles) vehicleHistory(w, v, standingOf(v.id, plan), demo, random.fork(v.id));
  return w;
}
