export * from './domain/index.js';
export * from './funding.module.js';
export * from './funding.stream.js';
export {
  ReferenceCatalogue,
  checksumOf,
  readReferenceFile,
  referenceDirectory,
  type LoadedReference,
} from './reference/reference-catalogue.js';
export { pricePlanInputOf, PLAN_ISSUED_TYPES, type PricePlanInput } from './price-plan/plan-issued.js';
export { fundingReplayer } from './replay.js';
export { fundingTimeline } from './timeline.js';
