import type { WeekendSetup } from '../inputs/weekend-setup.js';
import type { WaveSettings } from './boat-waves.js';

/** Wave settings with the boats of each service day, as `schoolOptions` takes them. */
export type DayWaveSettings = Omit<WaveSettings, 'boatCapacities'> & { readonly boatCapacities: (dayOffset: number) => readonly number[] };

/**
 * How boat runs and pier shuttles are placed for a weekend: transfer, turnaround and maximum ride from
 * the request's parameters, the shuttle size and the boats allowed on each day from the setup.
 */
export function waveSettings(setup: WeekendSetup): DayWaveSettings {
  const params = setup.request.params;
  const caps = setup.busClasses.map((c) => c.capacity);
  return {
    transferS: params.transferMin * 60, turnaroundS: params.turnaroundMin * 60, maxRideS: params.maxRideMin * 60,
    // Shuttles use mid-size coaches where there are some: the big ones are few.
    shuttleCapacity: Math.max(0, ...caps.filter((c) => c <= 45)) || Math.max(0, ...caps),
    boatCapacities: (day: number) => (setup.fleets.get(day)?.vehicles ?? []).filter((v) => v.vehicle.kind === 'boat').map((v) => v.capacity).sort((a, b) => a - b),
  };
}
