export * from './load-config.js';
export * from './subgraph-config.js';
