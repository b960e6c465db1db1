export * from './subgraph-definition.js';
export * from './run-subgraph.js';
export * from './graceful-shutdown.js';
export * from './health.js';
export * from './start-or-exit.js';
export * from './http-errors.js';
export * from './gateway-signature.js';
