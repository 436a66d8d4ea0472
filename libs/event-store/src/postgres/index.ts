// Imported by relative path from the store factory, so embedded mode does not load pg.
export * from './postgres-event-store.js';
