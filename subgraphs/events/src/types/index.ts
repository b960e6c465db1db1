export * from './references.js';
export * from './section-price.js';
export * from './event-inputs.js';
export * from './event-connection.js';
export * from './event-args.js';
