/**
 * The messaging rules shared by the Send Message dialog, batch send and the
 * inbox. libphonenumber-js stays out of this graph: `phone.js` loads it only
 * when `loadPhoneRules()` is called.
 */
export * from './wildcards.js';
export * from './subject.js';
export * from './channels.js';
export * from './sms.js';
export * from './batch.js';
export * from './phone.js';
