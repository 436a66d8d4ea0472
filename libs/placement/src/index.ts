export * from './domain/index.js';
export * from './placement.module.js';
export { inclusionPlanStream, placementStream, settingStream } from './placement.stream.js';
export { PlacementRegistry } from './registry/placement-registry.js';
