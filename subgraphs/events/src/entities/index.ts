export * from './event-status.js';
export * from './event.entity.js';
export * from './known-venue.entity.js';
export * from './known-section.entity.js';
