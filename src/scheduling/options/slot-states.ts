import type { SchoolWindow } from '../../domain/school.js';
import type { TravelState, WeekendTravel } from '../inputs/travel-states.js';
import type { ScheduleParams } from '../request/schedule-params.js';
import { weekendSeconds } from '../time/weekend-clock.js';

/** A candidate slot of a school: its window, its weekend time and the conditions state of its runs. */
export interface CandidateSlot {
  readonly window: SchoolWindow;
  readonly slotS: number;
  readonly state: TravelState;
}

/** Margin around a run's stretch when deciding which closures and night rules apply to it (s). */
const MARGIN_S = 3600;

/**
 * Every candidate slot of a school's windows (every `slotStepMin` from `earliest` to `latest`), with the
 * conditions state of the stretch its runs can take: home, from the dismissal to the latest arrival
 * (maximum ride + a margin for boarding and the boat); return, mirrored before the arrival deadline.
 */
export function candidateSlots(windows: readonly SchoolWindow[], travel: WeekendTravel, params: ScheduleParams): CandidateSlot[] {
  const out: CandidateSlot[] = [];
  const stepS = params.slotStepMin * 60;
  for (const w of windows) {
    const from = weekendSeconds(w.dayOffset, w.earliest);
    const to = weekendSeconds(w.dayOffset, w.latest);
    for (let slotS = from; slotS <= to; slotS += stepS) out.push({ window: w, slotS, state: slotState(travel, w, slotS, params) });
  }
  return out;
}

/**
 * The conditions state of the runs of a slot (weekend seconds) of a window: home, from the dismissal to
 * the latest arrival (maximum ride + a margin); return, mirrored before the arrival deadline.
 */
export function slotState(travel: WeekendTravel, window: Pick<SchoolWindow, 'direction' | 'dayOffset'>, slotS: number, params: ScheduleParams): TravelState {
  const spanS = params.maxRideMin * 60 + MARGIN_S;
  const [a, b] = window.direction === 'home' ? [slotS, slotS + spanS] : [slotS - spanS, slotS];
  return travel.stateFor(window.dayOffset, a, b);
}
