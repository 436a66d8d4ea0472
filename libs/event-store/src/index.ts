export * from './event-store.port.js';
export * from './polling-subscription.js';
export * from './envelope-builder.js';
export * from './command-path.js';
export * from './sqlite/sqlite-event-store.js';
export * from './sqlite/write-queue.js';
export * from './unreadable-event.js';
