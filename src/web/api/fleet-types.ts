/** A transport operator (`GET /api/v1/operators`). */
export interface Operator {
  readonly id: string;
  readonly nameZh: string;
  readonly licenceNo: string;
}

/** A coach or boat (`GET /api/v1/vehicles`); `approvedCapacity` is 核载人数. */
export interface Vehicle {
  readonly id: string;
  readonly kind: 'bus' | 'boat';
  readonly registrationNo: string;
  readonly approvedCapacity: number;
  readonly operatorId: string;
  readonly homeDepotPlaceId: string;
  readonly year: number;
  readonly makeModel: string;
  readonly status: 'active' | 'out_of_service' | 'retired';
}

/** A driver or boat master (`GET /api/v1/drivers`). */
export interface Driver {
  readonly id: string;
  readonly operatorId: string;
  readonly displayName: string;
  readonly licenceClass: string;
  readonly birthDate: string;
  readonly licensedSince: string;
  readonly schoolTransportEndorsed: boolean;
}

/** Where a vehicle or driver stands on a date. */
export type ComplianceState = 'compliant' | 'expiring' | 'non_compliant';

/** One thing between a vehicle or driver and the road, in both languages. */
export interface Reason {
  readonly code: string;
  readonly severity: 'blocking' | 'expiring';
  readonly messageEn: string;
  readonly messageZh: string;
  readonly since?: string;
  /** Expiring: the last valid day; blocking: the last day, when it ends by itself. */
  readonly until?: string;
  readonly recordId?: string;
}

/** A school-transport plate (校车标牌). */
export interface Plate {
  readonly id: string;
  readonly plateNo: string;
  readonly vehicleId: string;
  readonly driverId: string;
  readonly route: string;
  readonly operatingFrom: string;
  readonly operatingTo: string;
  readonly stops: readonly string[];
  readonly issuingUnit: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly status: 'active' | 'suspended' | 'revoked';
  readonly statusReason: string;
  readonly issuedOn: string;
}

/** A vehicle's standing on a date. */
export interface VehicleCompliance {
  readonly vehicleId: string;
  readonly operatorId: string;
  readonly registrationNo: string;
  readonly kind: 'bus' | 'boat';
  readonly approvedCapacity: number;
  readonly state: ComplianceState;
  readonly reasons: readonly Reason[];
  readonly plate: Plate | null;
  readonly eligibleDriverIds: readonly string[];
}

/** A driver's standing on a date. */
export interface DriverCompliance {
  readonly driverId: string;
  readonly operatorId: string;
  readonly displayName: string;
  readonly licenceClass: string;
  readonly state: ComplianceState;
  readonly reasons: readonly Reason[];
}

type StateCounts = Readonly<Record<ComplianceState, number>>;

/** `GET /api/v1/compliance?date=&expiringDays=`: the caller's fleet on a date. */
export interface FleetCompliance {
  readonly date: string;
  readonly expiringWithinDays: number;
  readonly vehicles: readonly VehicleCompliance[];
  readonly drivers: readonly DriverCompliance[];
  readonly counts: { readonly vehicles: StateCounts; readonly drivers: StateCounts };
}

/** A checklist line (`GET /api/v1/checklist`). */
export interface ChecklistItem {
  readonly code: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly appliesTo: 'bus' | 'boat' | 'both';
  readonly sortOrder: number;
  readonly active: boolean;
}

/** Work ordered after a failed item (`GET /api/v1/rectifications`). */
export interface Rectification {
  readonly id: string;
  readonly vehicleId: string;
  readonly inspectionId: string;
  readonly itemCode: string;
  readonly dueOn: string;
  readonly status: 'open' | 'closed';
  readonly closedOn: string | null;
  readonly note: string;
}

/** A published run to re-plan after a change to its vehicle. */
export interface ReplanRun {
  readonly runId: string;
  readonly serviceDate: string;
  readonly schoolId: string;
  readonly direction: string;
  readonly vehicleId: string;
  readonly departsAt: string;
}

/** `POST /api/v1/inspections` answer. */
export interface RecordedInspection {
  readonly inspection: { readonly id: string; readonly vehicleId: string; readonly inspectedOn: string; readonly passed: boolean };
  readonly openedRectifications: readonly Rectification[];
  readonly closedRectifications: readonly Rectification[];
  readonly runsNeedingReplan: readonly ReplanRun[];
}
