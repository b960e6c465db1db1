export * from './states.js';
export * from './notification.entity.js';
export * from './notification-delivery.entity.js';
export * from './notification-preference.entity.js';
export * from './projections.entity.js';
