import type { SchoolDemand } from '../demand/school-demand.js';
import type { LostGroup, RoutePlan } from '../routes/route-plan.js';
import { placeBoatRuns, type WaveSettings } from './boat-waves.js';
import type { PlacedRun, SchoolOption } from './school-option.js';
import type { CandidateSlot } from './slot-states.js';

/**
 * The options of a school in one direction: every candidate slot × every routing alternative of the
 * plan of the slot's conditions state, with bus runs placed at the slot and boat runs placed in waves.
 * `boatCapacities(dayOffset)` gives the boats allowed on a day.
 */
export function schoolOptions(
  demand: SchoolDemand,
  slots: readonly CandidateSlot[],
  planOf: (state: CandidateSlot['state']) => RoutePlan,
  wave: Omit<WaveSettings, 'boatCapacities'> & { boatCapacities: (dayOffset: number) => readonly number[] },
): SchoolOption[] {
  const studentCount = [...demand.road, ...demand.water].reduce((s, g) => s + g.studentIds.length, 0);
  const out: SchoolOption[] = [];
  for (const slot of slots) {
    const plan = planOf(slot.state);
    plan.alternatives.forEach((alt, alternative) => {
      const bus: PlacedRun[] = alt.routes.map((template) => ({ template, anchorS: slot.slotS, connectsWith: null, boatRoute: null }));
      const lost: LostGroup[] = [...plan.lost];
      const boats = placeBoatRuns(plan, slot.slotS, bus.length, { ...wave, boatCapacities: wave.boatCapacities(slot.window.dayOffset) }, lost);
      out.push({
        school: demand.school, direction: demand.direction, dayOffset: slot.window.dayOffset, slotS: slot.slotS,
        preference: slot.window.preference, plan, alternative, studentCount, runs: [...bus, ...boats], lost,
      });
    });
  }
  return out;
}
