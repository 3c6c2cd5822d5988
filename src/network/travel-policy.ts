import { z } from 'zod';
import { RoadHazards } from '../domain/road-segment.js';

/** A hazard flag name of `RoadHazards`. */
export const HazardFlag = RoadHazards.keyof();
export type HazardFlag = z.infer<typeof HazardFlag>;

/** Every hazard flag: the default set the county's extra-time policy applies to. */
export const ALL_HAZARD_FLAGS: readonly HazardFlag[] = HazardFlag.options;

/**
 * County policy parameters of the travel-time model. They are choices of the county, not law:
 * the law's caps live in `speed-rules.ts` and cannot be switched off.
 */
export const TravelPolicy = z.object({
  /**
   * Extra minutes per km added to loaded travel on a link with any of `hazardFlags` (a county may ask
   * drivers to crawl along cliff-side roads beyond the 20 km/h cap). 0 = off. Loaded profile only.
   */
  extraMinPerHazardKm: z.number().min(0).max(60).default(0),
  /** The hazard flags `extraMinPerHazardKm` applies to; cliff-side and water-side count only through this. */
  hazardFlags: z.array(HazardFlag).default([...ALL_HAZARD_FLAGS]),
  /** Boarding time in seconds at the departure pier of a boat trip (boat profile). */
  boardingS: z.number().int().min(0).max(3600).default(300),
});
export type TravelPolicy = z.infer<typeof TravelPolicy>;
/** What a caller may pass: every field optional. */
export type TravelPolicyInput = z.input<typeof TravelPolicy>;

/** The default policy: no extra hazard time, 5 minutes boarding at piers. */
export const DEFAULT_TRAVEL_POLICY: TravelPolicy = TravelPolicy.parse({});

/** Extra milliseconds a loaded coach spends on a link of `lengthM` with the given hazards. */
export function hazardExtraMs(lengthM: number, hazards: RoadHazards, policy: TravelPolicy): number {
  if (policy.extraMinPerHazardKm === 0) return 0;
  for (const flag of policy.hazardFlags) {
    // min/km × (m / 1000) km × 60,000 ms/min = m × min/km × 60 ms
    if (hazards[flag]) return lengthM * policy.extraMinPerHazardKm * 60;
  }
  return 0;
}
