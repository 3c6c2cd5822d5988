/**
 * The operator contract (as in PyVRP): `evaluate(u, v)` returns the exact change of penalised cost the
 * move would cause, without changing anything, or `Infinity` when the move does not apply to (u, v);
 * `apply(u, v)` performs it and updates the routes it touched. Operators allocate nothing per call.
 *
 * With `prune` on (the local search sets it), `evaluate` may stop early and return a lower bound that is
 * already ≥ 0 when distances and fixed costs alone show the move cannot improve; negative values are
 * always exact.
 */
export interface NodeOperator {
  readonly name: string;
  evaluate(u: number, v: number): number;
  apply(u: number, v: number): void;
}
