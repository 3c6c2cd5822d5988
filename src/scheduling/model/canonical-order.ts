import type { Schedule } from './schedule-schema.js';

const by = <T>(...keys: ((x: T) => string | number)[]) => (a: T, b: T): number => {
  for (const k of keys) {
    const [x, y] = [k(a), k(b)];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
};

/**
 * The schedule with its lists in one canonical order (vehicles and runs by id, dismissals by school and
 * direction, transfers by runs, assignments and unserved by direction then student), so that a stored
 * and reloaded schedule equals the generated one, and two exports diff line by line.
 */
export function canonicalOrder(s: Schedule): Schedule {
  return {
    ...s,
    vehicles: [...s.vehicles].sort(by((v) => v.id)),
    dismissals: [...s.dismissals].sort(by((d) => d.schoolId, (d) => d.direction)),
    runs: [...s.runs].sort(by((r) => r.id)),
    transfers: [...s.transfers].sort(by((t) => t.fromRunId, (t) => t.toRunId)),
    assignments: [...s.assignments].sort(by((a) => a.direction, (a) => a.studentId)),
    unserved: [...s.unserved].sort(by((u) => u.direction, (u) => u.studentId)),
    vehiclesNeeded: [...s.vehiclesNeeded].sort(by((v) => v.kind, (v) => v.capacity)),
  };
}
