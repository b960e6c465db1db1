export * from './agenda-entry.entity.js';
export * from './booking-projection.entity.js';
export * from './event-projection.entity.js';
export * from './session-speaker.entity.js';
export * from './session.entity.js';
export * from './speaker.entity.js';
