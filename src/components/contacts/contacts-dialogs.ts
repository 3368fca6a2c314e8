// rp-contacts' dialogs, which a person opens only sometimes: loaded together, on first use.
import './rp-contacts-action.js';
import './rp-contacts-details.js';
import './rp-contacts-import.js';
