/** The domain: types and zod schemas of the things users talk about. Imports nothing else of ours. */
export * from './calendar.js';
export * from './compliance-records.js';
export * from './conditions.js';
export * from './county.js';
export * from './entity-id.js';
export * from './errors.js';
export * from './fleet.js';
export * from './geo.js';
export * from './place.js';
export * from './road-segment.js';
export * from './school.js';
export * from './student.js';
export * from './township.js';
export * from './waterway-leg.js';
