export * from './auth-payload.js';
export * from './user-connection.js';
