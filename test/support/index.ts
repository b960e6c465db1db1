/**
 * Everything tests share: the stack's addresses, the client, and fixtures per domain.
 * `replica.ts` is imported on its own: it loads the devstack, which takes seconds per test file.
 */
export * from './bookings.js';
export * from './client.js';
export * from './databases.js';
export * from './events.js';
export * from './mail.js';
export * from './eventually.js';
export * from './metrics.js';
export * from './payments.js';
export * from './promo-codes.js';
export * from './program.js';
export * from './raw-http.js';
export * from './stack-env.js';
export * from './subscriptions.js';
export * from './traces.js';
export * from './users.js';
export * from './venues.js';
