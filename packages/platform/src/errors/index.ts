export * from './domain-error.js';
export * from './format-error.js';
export * from './validate-input.js';
export * from './connection-failure.js';
