export * from './assessment.commands.js';
export * from './assessment.events.js';
export * from './assessment.state.js';
export * from './assessment.errors.js';
export * from './assessment.decider.js';
export * from './retention.js';
