export * from './compose.js';
export * from './databases.js';
export * from './services.js';
export * from './stack.js';
export * from './child-service.js';
export * from './graphql-client.js';
export * from './mail-sink.js';
export * from './service-logs.js';
