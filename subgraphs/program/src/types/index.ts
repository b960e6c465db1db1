export * from './program-args.js';
export * from './references.js';
export * from './session-inputs.js';
export * from './speaker-connection.js';
export * from './speaker-inputs.js';
