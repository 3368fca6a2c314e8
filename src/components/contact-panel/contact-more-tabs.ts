// rp-contact-panel's Activity, Sharing and Change Log tabs: loaded together, the first time one is chosen.
import './rp-contact-activity.js';
import './rp-contact-change-log.js';
import './rp-contact-sharing.js';
