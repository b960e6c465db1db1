export * from './load-config.js';
export * from './subgraph-config.js';
export * from './subgraph-names.js';
