export * from './registry.js';
export * from './bounded-label.js';
export * from './request-metrics.js';
export * from './resolver-classes.js';
export * from './database-metrics.js';
export * from './messaging-metrics.js';
