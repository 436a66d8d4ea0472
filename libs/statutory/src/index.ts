export * from './calendar.js';
export * from './rules.js';
export * from './deadline.events.js';
export * from './deadline-book.js';
export * from './provision-frequency.js';
export * from './guards.js';
export * from './codes.js';
export * from './mediation-policy.js';
