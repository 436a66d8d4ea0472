export * from './standard.js';
export * from './standards-validation.js';
export * from './standards.decider.js';
export * from './standards.errors.js';
