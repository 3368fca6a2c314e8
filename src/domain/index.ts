export * from './values.js';
export * from './countries.js';
export * from './validation.js';
export * from './schemas/index.js';
export * from './attachments.js';
