export * from './payment-args.js';
