export * from './schemas.js';
export * from './events.js';
export * from './text.js';
