export * from './domain/index.js';
export * from './placement.module.js';
export { inclusionPlanStream, placementStream, settingStream } from './placement.stream.js';
export { PlacementRegistry } from './registry/placement-registry.js';
export { PLACEMENT_READ_MODEL } from './registry/registry.read-model.js';
export { placementReplayer } from './replay.js';
export { placementTimeline } from './timeline.js';
