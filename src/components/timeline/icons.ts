import { html } from 'lit';
import type { Channel } from '../../domain/values.js';

/** Outline path data on a 24×24 grid, stroked with `currentColor` so icons follow the theme. */
const CHANNELS: Record<Channel, string> = {
  sms: 'M4 5h16v11H9l-5 4z',
  email: 'M3 6h18v12H3zm0 0l9 7 9-7',
  facebook: 'M14 21v-8h3l.5-3H14V8.5c0-1 .5-1.5 1.5-1.5H18V4h-3c-2.5 0-4 1.5-4 4v2H8v3h3v8',
  kijiji: 'M6 4v16m0-7l9-9m-6 6l8 10',
  webchat: 'M3 5h12v8H8l-4 3v-3H3zm12 4h6v8h-1v3l-4-3h-6v-2',
  call: 'M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2',
  listing: 'M4 4h9l7 7-9 9-7-7zm4.5 4.5h.01',
  form: 'M6 3h12v18H6zm3 5h6m-6 4h6m-6 4h4',
};

/** The robot avatar of messages a workflow sent (seed 003). */
export const ROBOT = 'M5 9h14v10H5zm7 0V5m-1.5-1h3M9 13h.01M15 13h.01M9 16h6M3 12v4m18-4v4';
/** The mark of system-generated texts (seed 001). */
export const SYSTEM = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 8v6m0-9.5h.01';

/** An icon from path data: named for assistive technology by `label`, or hidden from it without one. */
export const icon = (d: string, label?: string) =>
  label
    ? html`<svg part="icon" class="icon" viewBox="0 0 24 24" role="img" aria-label=${label}><title>${label}</title><path d=${d}></path></svg>`
    : html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

/** A channel's icon, named for assistive technology by `label`. */
export const channelIcon = (channel: Channel, label: string) => icon(CHANNELS[channel] ?? CHANNELS.sms, label);
