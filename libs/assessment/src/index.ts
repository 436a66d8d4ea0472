export * from './domain/index.js';
export * from './assessment.module.js';
export * from './assessment.stream.js';
export { assessmentReplayer } from './replay.js';
export { assessmentTimeline } from './timeline.js';
