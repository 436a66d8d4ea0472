export * from './given-when-then.js';

// Waiting and test infrastructure shared by every tier (unit, integration, end-to-end).
export * from './eventually.js';
export * from './infrastructure.js';
export * from './refusals.js';
export * from './deadlines.js';
export * from './files.js';
export * from './stored-events.js';

// The write side: an in-memory CaseWriter, a fake command bus and stored events, for process-manager specs.
export * from './write-side.js';
