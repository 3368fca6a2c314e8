/** The adapter's areas, each a set of functions over one call's transaction. */
export * as contactList from './contact-list.js';
export * as contacts from './contacts.js';
export * as conversations from './conversations.js';
export * as messages from './messages.js';
export * as notes from './notes-templates.js';
