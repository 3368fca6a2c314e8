export { RapportEvent } from './rapport-event.js';
export * from './session.js';
