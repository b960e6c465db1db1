export * from './role.js';
export * from './user.entity.js';
export * from './refresh-token.entity.js';
export * from './account-token.entity.js';
export * from './device-session.entity.js';
export * from './audit-entry.entity.js';
export * from './linked-identity.entity.js';
