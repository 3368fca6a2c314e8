/**
 * Rapport: importing this module registers every element and gives the public API.
 * Each element also has an entry of its own (`rapport/rp-timeline`, …) for pages
 * that want only one.
 */
export * from './domain/index.js';
export * from './adapters/adapter.js';
export { MemoryAdapter, type MemoryAdapterOptions, type MemoryData } from './adapters/memory/index.js';
export { IndexedDbAdapter, type IndexedDbAdapterOptions } from './adapters/indexeddb/index.js';
export * from './events/index.js';
export { stringsFor, loadStrings, registerStrings, format, formattersFor, type Strings } from './i18n/index.js';
export { tokens as designTokens } from './styles/tokens.js';

export { RpProvider } from './components/provider/rp-provider.js';
export { RpContacts } from './components/contacts/rp-contacts.js';
export { RpContactForm } from './components/contact-form/rp-contact-form.js';
export { RpSendMessage } from './components/send-message/rp-send-message.js';
export { RpTimeline } from './components/timeline/rp-timeline.js';
export { RpContactPanel } from './components/contact-panel/rp-contact-panel.js';
export { RpNotes } from './components/notes/rp-notes.js';
export { RpInbox } from './components/inbox/rp-inbox.js';
export { RpExternalCommForm } from './components/external-comm-form/rp-external-comm-form.js';
