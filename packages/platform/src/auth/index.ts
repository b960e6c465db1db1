export * from './viewer.js';
export * from './token-verifier.js';
export * from './auth-checker.js';
export * from './signing-key.js';
