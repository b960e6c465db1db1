export * from './connections.js';
export * from './notification-args.js';
export * from './preferences.js';
export * from './references.js';
