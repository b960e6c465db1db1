export * from './payment-status.js';
export * from './payment.entity.js';
export * from './booking-projection.entity.js';
export * from './refund.entity.js';
