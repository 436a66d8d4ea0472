export * from './issues.js';
export * from './mediation.commands.js';
export * from './mediation.events.js';
export * from './mediation.state.js';
export * from './mediation.errors.js';
export * from './mediation.decider.js';
