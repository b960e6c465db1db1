export * from './init-orm.js';
export * from './query-counter.js';
export * from './records.js';
export * from './projected-facts.js';
