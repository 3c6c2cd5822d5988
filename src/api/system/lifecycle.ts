/** Process-level state the app reads: whether the server is draining for shutdown. */
export interface Lifecycle {
  /** Set by `startServer` on SIGTERM: `/ready` answers 503 and responses close their connection. */
  draining: boolean;
}

/** A lifecycle for an app that is not shutting down. */
export const newLifecycle = (): Lifecycle => ({ draining: false });
