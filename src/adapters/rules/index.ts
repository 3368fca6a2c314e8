/** Store-agnostic adapter rules, shared by every adapter so nothing is written twice. */
export * from './validate.js';
export * from './cursor.js';
export * from './contact-changes.js';
export * from './permissions.js';
export * from './search.js';
export * from './messages.js';
export * from './activity.js';
export * from './uploads.js';
export * from './compose.js';
export * from './seed-data.js';
