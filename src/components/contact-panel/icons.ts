import { svg, html } from 'lit';
import type { Channel } from '../../domain/index.js';

/** The cloud that marks a CRM-managed attribute (seed 004). Decorative: the text beside it says the same. */
export const cloudIcon = html`<svg class="icon" part="cloud-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"
  focusable="false"><path fill="currentColor" d="M19 18H7a5 5 0 0 1-.6-9.96A6 6 0 0 1 17.7 9.1 4.5 4.5 0 0 1 19 18z"/></svg>`;

export const starIcon = html`<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"/></svg>`;

export const pencilIcon = html`<svg class="icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M3 17.2V21h3.8l11-11-3.8-3.8zM20.7 7a1 1 0 0 0 0-1.4l-2.3-2.3a1 1 0 0 0-1.4 0l-1.8 1.8 3.8 3.8z"/></svg>`;

const CHANNEL_SHAPES: Record<Channel, ReturnType<typeof svg>> = {
  facebook: svg`<circle cx="12" cy="12" r="11" fill="currentColor"/><path fill="var(--rp-color-surface)" d="M13.2 20v-6.6h2.2l.4-2.6h-2.6V9.2c0-.8.3-1.3 1.3-1.3h1.4V5.6a18 18 0 0 0-2-.1c-2 0-3.4 1.2-3.4 3.5v1.8H8.3v2.6h2.2V20z"/>`,
  sms: svg`<path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/>`,
  webchat: svg`<path fill="currentColor" d="M3 4h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H8l-4 3v-3a2 2 0 0 1-1-2V6a2 2 0 0 1 1-2zm18 4v9a2 2 0 0 1-1 2v3l-4-3h-6v-2h8V8z"/>`,
  email: svg`<path fill="currentColor" d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.3V17h16V7.3l-8 5.2z"/>`,
  call: svg`<path fill="currentColor" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.6 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.6 3.6a1 1 0 0 1-.25 1z"/>`,
  kijiji: svg`<rect x="2" y="2" width="20" height="20" rx="5" fill="currentColor"/><path fill="var(--rp-color-surface)" d="M8 6h2.4v5l4-5h2.9l-4.4 5.3L17.5 18h-2.9l-3.3-4.9-.9 1V18H8z"/>`,
  listing: svg`<path fill="currentColor" d="M4 4h16v4H4zm0 6h10v2H4zm0 4h16v2H4zm0 4h10v2H4z"/>`,
  form: svg`<path fill="currentColor" d="M6 2h9l5 5v15H6zm8 1.5V8h4.5zM8 12h10v1.6H8zm0 3.2h10v1.6H8zm0 3.2h6v1.6H8z"/>`,
};

/** The logo of the network or channel a conversation came from, named for a screen reader. */
export function channelLogo(channel: Channel, label: string) {
  return html`<svg class="channel-logo channel-${channel}" part="channel-logo" viewBox="0 0 24 24" width="20" height="20"
    role="img" aria-label=${label}><title>${label}</title>${CHANNEL_SHAPES[channel]}</svg>`;
}
