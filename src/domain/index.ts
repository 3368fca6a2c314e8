export * from './values.js';
export * from './countries.js';
export * from './validation.js';
export * from './schemas/index.js';
export * from './attachments.js';
export * from './messaging.js';
export * from './external-communication.js';
export * from './schedule.js';
