export * from './auth-payload.js';
export * from './user-connection.js';
export * from './role-change-args.js';
export * from './reset-password-args.js';
export * from './profile.js';
export * from './change-password-args.js';
export * from './audit-log.js';
export * from './identity-provider.js';
