export * from './given-when-then.js';

// The write side: an in-memory CaseWriter, a fake command bus and stored events, for process-manager specs.
export * from './write-side.js';
