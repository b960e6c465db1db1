export * from './states.js';
export * from './event-projection.entity.js';
export * from './venue-seat.entity.js';
export * from './seat-hold.entity.js';
export * from './promo-code.entity.js';
export * from './booking.entity.js';
export * from './ticket.entity.js';
