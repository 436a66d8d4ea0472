export * from './personal-data.registry.js';
export * from './personal-cipher.js';
export * from './key-store.port.js';
export * from './sqlite-key-store.js';
export * from './personal-data.js';
export * from './personal-data-event-store.js';
export * from './open-key-store.js';
export * from './erasers.js';
