export * from './venue-inputs.js';
export * from './venue-filter.js';
export * from './venue-connection.js';
