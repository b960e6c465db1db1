export * from './trace-context.js';
export * from './tracing-shutdown.js';
