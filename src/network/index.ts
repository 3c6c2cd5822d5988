/** Road and waterway networks: snapping, the travel-time model, shortest-path matrices. Pure; imports only the domain. */
export * from './arc-costs.js';
export * from './build-network.js';
export { type Placement } from './build-road-network.js';
export * from './compute-travel-matrix.js';
export * from './csr-graph.js';
export * from './dijkstra-search.js';
export * from './matrix-cache.js';
export * from './matrix-options.js';
export * from './mode-network.js';
export * from './network-link.js';
export * from './place-problems.js';
export * from './query-interval.js';
export * from './speed-rules.js';
export * from './travel-matrix.js';
export * from './travel-path.js';
export * from './travel-policy.js';
