export * from './build-federated-schema.js';
export * from './page-info.js';
export * from './connection.js';
export * from './loaders.js';
export * from './ids.js';
export * from './entity-reference.js';
export * from './graphql-enum.js';
export * from './id-and-input-args.js';
