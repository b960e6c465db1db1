export * from './payment-args.js';
export * from './references.js';
