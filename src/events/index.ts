export { RapportEvent } from './rapport-event.js';
export * from './session.js';
export * from './external-comm-form.js';
export * from './contacts.js';
export * from './contact-form.js';
export * from './send-message.js';
export * from './notes.js';
export * from './contact-panel.js';
export * from './timeline.js';
