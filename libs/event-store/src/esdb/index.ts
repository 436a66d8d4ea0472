// Imported by relative path from the store factory, never re-exported from @send/event-store, so embedded
// mode does not load the gRPC client.
export * from './esdb-event-store.js';
export * from './esdb-mapping.js';
