export * from './plan-sections.js';
export * from './section-f.js';
export * from './plan-quality.js';
export * from './ehcp.commands.js';
export * from './ehcp.events.js';
export * from './ehcp.state.js';
export * from './ehcp.errors.js';
export * from './ehcp.decider.js';
