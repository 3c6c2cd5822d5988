/** When a search stops: whichever limit is reached first. */
export interface StopLimits {
  /** Wall-clock limit, seconds. */
  readonly timeLimitS?: number;
  /** Outer-loop iterations. */
  readonly maxIterations?: number;
  /** Consecutive outer-loop iterations without a new best solution. */
  readonly noImprovementIterations?: number;
}

/** Tracks iterations, improvements and elapsed time against {@link StopLimits}. */
export class StoppingCriterion {
  readonly #limits: StopLimits;
  readonly #startMs: number;
  iterations = 0;
  noImprovement = 0;

  constructor(limits: StopLimits, now: () => number = () => performance.now()) {
    this.#limits = limits;
    this.now = now;
    this.#startMs = now();
  }

  readonly now: () => number;

  /** Seconds since the search started. */
  get elapsedS(): number {
    return (this.now() - this.#startMs) / 1000;
  }

  /** Share of the time limit used, 0 when there is none. */
  get timeShare(): number {
    return this.#limits.timeLimitS ? this.elapsedS / this.#limits.timeLimitS : 0;
  }

  /** Share of the budget used, in [0, 1]: the larger of time and iteration shares (0 without either limit). */
  get progress(): number {
    const l = this.#limits;
    const byIterations = l.maxIterations ? this.iterations / l.maxIterations : 0;
    return Math.min(1, Math.max(this.timeShare, byIterations));
  }

  /** Counts one iteration, noting whether it found a new best. */
  step(improved: boolean): void {
    this.iterations++;
    this.noImprovement = improved ? 0 : this.noImprovement + 1;
  }

  /** True when a limit is reached. */
  done(): boolean {
    const l = this.#limits;
    if (l.maxIterations !== undefined && this.iterations >= l.maxIterations) return true;
    if (l.noImprovementIterations !== undefined && this.noImprovement >= l.noImprovementIterations) return true;
    return l.timeLimitS !== undefined && this.elapsedS >= l.timeLimitS;
  }
}
