import type { Direction } from '../../domain/school.js';
import type { ScheduleRun } from '../model/schedule-schema.js';

const NUMBER = /-(B?)(\d+)$/;

/**
 * Ids for the new runs of a school and direction: first the ids its removed runs free (in time order,
 * buses and boats apart), so that the permit change list reads "H-SCH16-03: stops changed" rather than a
 * run removed and another added; then the next free numbers (`H-SCH16-09`, `H-SCH16-B3`). Never an id
 * another run of the draft keeps.
 */
export class RunIds {
  readonly #freed: Record<'bus' | 'boat', string[]>;
  readonly #taken: Set<string>;
  readonly #prefix: string;
  readonly #next: Record<'bus' | 'boat', number>;

  constructor(schoolId: string, direction: Direction, unitRuns: readonly ScheduleRun[], freedIds: ReadonlySet<string>, allIds: Iterable<string>) {
    this.#prefix = `${direction === 'home' ? 'H' : 'R'}-${schoolId}-`;
    const byStart = [...unitRuns].filter((r) => freedIds.has(r.id)).sort((a, b) => a.stops[0]!.arriveS - b.stops[0]!.arriveS || (a.id < b.id ? -1 : 1));
    this.#freed = { bus: byStart.filter((r) => r.mode === 'bus').map((r) => r.id), boat: byStart.filter((r) => r.mode === 'boat').map((r) => r.id) };
    this.#taken = new Set([...allIds].filter((id) => !freedIds.has(id)));
    const numbers = (boat: boolean) => unitRuns.map((r) => NUMBER.exec(r.id)).filter((m) => m !== null && (m[1] === 'B') === boat).map((m) => Number(m![2]));
    this.#next = { bus: Math.max(0, ...numbers(false)) + 1, boat: Math.max(0, ...numbers(true)) + 1 };
  }

  /** The next id for a run of this mode. */
  next(mode: 'bus' | 'boat'): string {
    const freed = this.#freed[mode].shift();
    if (freed !== undefined) return this.#claim(freed);
    for (;;) {
      const n = this.#next[mode]++;
      const id = `${this.#prefix}${mode === 'boat' ? `B${n}` : String(n).padStart(2, '0')}`;
      if (!this.#taken.has(id)) return this.#claim(id);
    }
  }

  #claim(id: string): string {
    this.#taken.add(id);
    return id;
  }
}
