import { validateChainingProblem, type ChainingProblem } from './chaining-problem.js';
import { LinkMatrix } from './link-matrix.js';
import { selectOptions, type OptionSearchSettings } from './option-search.js';
import { assignVehicles, type Assignment } from './vehicle-assignment.js';

/** The outcome of a chaining solve: the chosen options, the vehicle duties, what could not be served. */
export interface ChainingResult extends Assignment {
  readonly choice: Int32Array;
  /** Vehicles a homogeneous, unlimited fleet would need for the chosen options (a lower bound). */
  readonly chainsLowerBound: number;
  readonly iterations: number;
}

/**
 * Chooses an option per group and assigns the chosen trips to vehicles: the selection and chaining
 * step of school-bus scheduling (route scenarios per school, then one optimisation that picks a
 * scenario per school and chains buses across schools — Bertsimas, Delarue & Martin, PNAS 2019).
 */
export function solveChaining(p: ChainingProblem, settings: OptionSearchSettings): ChainingResult {
  validateChainingProblem(p);
  const links = new LinkMatrix(p);
  const selection = selectOptions(p, links, settings);
  const selected = Int32Array.from(p.trips.map((t, i) => (selection.choice[t.group] === t.option ? i : -1)).filter((i) => i >= 0));
  const assignment = assignVehicles(p, selected);
  return { ...assignment, choice: selection.choice, chainsLowerBound: selection.chains, iterations: selection.iterations };
}
