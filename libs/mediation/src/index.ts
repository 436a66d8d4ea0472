export * from './domain/index.js';
export * from './mediation.module.js';
export * from './mediation.stream.js';
export { MEDIATION_POLICY } from './mediation-policy.js';
export { appealableDecisionIn } from './open-appeal-rights/appeal-rights.process-manager.js';
export { lateMediationIn } from './late-mediation/late-mediation.process-manager.js';
export { orderActsIn } from './order-compliance/order-compliance.process-manager.js';
export { mediationReplayer } from './replay.js';
export { mediationTimeline } from './timeline.js';
