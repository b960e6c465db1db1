export * from './references.js';
export * from './seat-availability.js';
export * from './booking-connection.js';
export * from './arguments.js';
export * from './promo-code.js';
