/** Seconds in a day. */
const DAY_S = 86_400;

/** Clock time (HH:MM) of a weekend time: seconds after the Friday's local midnight. */
export function clockOf(weekendS: number): string {
  const inDay = ((weekendS % DAY_S) + DAY_S) % DAY_S;
  const h = Math.floor(inDay / 3600);
  const m = Math.floor((inDay % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Day offset from the Friday (0 Friday, 2 Sunday) of a weekend time. */
export function dayOffsetOf(weekendS: number): number {
  return Math.floor(weekendS / DAY_S);
}

/** Minutes, rounded, of a duration in seconds. */
export function minutesOf(durationS: number): number {
  return Math.round(durationS / 60);
}
