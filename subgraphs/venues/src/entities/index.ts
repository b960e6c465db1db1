export * from './venue.entity.js';
export * from './section.entity.js';
export * from './seat.entity.js';
