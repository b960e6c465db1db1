export * from './venue-inputs.js';
export * from './venue-filter.js';
export * from './venue-connection.js';
export * from './references.js';
export * from './venue-args.js';
