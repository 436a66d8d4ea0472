export * from './sen2-codes.js';
export * from './sen2-model.js';
export * from './sen2-build.js';
export * from './sen2-output.js';
export * from './sen2-reconcile.js';
