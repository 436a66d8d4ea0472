export * from './gateway.module.js';
export * from './openapi.js';
export * from './deadline-watcher/deadline-watcher.js';
export * from './proxy/service-proxy.js';
export { buildTimeline, type TimelineFilter } from './audit/timeline.js';
export { AccessLogged } from './audit/access-logged.js';
