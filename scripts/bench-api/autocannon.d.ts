/** The part of autocannon 8's programmatic API the API benchmark uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    readonly average: number;
    readonly mean: number;
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  }
  interface Options {
    readonly url: string;
    readonly connections?: number;
    /** Seconds. */
    readonly duration?: number;
    /** Requests per second from all connections (per worker in workers mode). */
    readonly overallRate?: number;
    readonly workers?: number;
    readonly headers?: Record<string, string>;
    readonly timeout?: number;
  }
  interface Result {
    /** Latency in ms, corrected for coordinated omission when a rate is set. */
    readonly latency: Histogram;
    /** Requests per second over the run's one-second samples. */
    readonly requests: Histogram & { readonly total: number; readonly sent: number };
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly duration: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
