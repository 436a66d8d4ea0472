export * from './envelope.js';
export * from './hash-chain.js';
export * from './errors.js';
export * from './clock.js';
export * from './decider.js';
export * from './streams.js';
export * from './case-stage.js';
export * from './timeline.js';
