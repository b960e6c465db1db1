import 'reflect-metadata';

export * from './auth/index.js';
export * from './config/index.js';
export * from './errors/index.js';
export * from './graphql/index.js';
export * from './logging/index.js';
export * from './messaging/index.js';
export * from './metrics/index.js';
export * from './tracing/index.js';
export * from './orm/index.js';
export * from './server/index.js';
export * from './util/escape-like.js';
export * from './util/periodic-task.js';
export * from './util/projection-wait.js';
export * from './util/wait-for.js';
export * from './util/heap-after-gc.js';
