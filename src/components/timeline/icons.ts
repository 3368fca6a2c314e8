import { svg, type SVGTemplateResult } from 'lit';
import type { Channel } from '../../domain/values.js';

/** Outline paths on a 24×24 grid, drawn with `currentColor` so they follow the theme. */
const CHANNEL_PATHS: Record<Channel, SVGTemplateResult> = {
  sms: svg`<path d="M4 5h16v11H9l-5 4z"/>`,
  email: svg`<path d="M3 6h18v12H3z M3 6l9 7 9-7"/>`,
  facebook: svg`<path d="M14 21v-8h3l.5-3H14V8.5c0-1 .5-1.5 1.5-1.5H18V4h-3c-2.5 0-4 1.5-4 4v2H8v3h3v8"/>`,
  kijiji: svg`<path d="M6 4v16 M6 13l9-9 M9 10l8 10"/>`,
  webchat: svg`<path d="M3 5h12v8H8l-4 3v-3H3z M15 9h6v8h-1v3l-4-3h-6v-2"/>`,
  call: svg`<path d="M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2"/>`,
  listing: svg`<path d="M4 4h9l7 7-9 9-7-7z M8.5 8.5h.01"/>`,
  form: svg`<path d="M6 3h12v18H6z M9 8h6 M9 12h6 M9 16h4"/>`,
};

const icon = (body: SVGTemplateResult, label?: string) =>
  label
    ? svg`<svg part="icon" class="icon" viewBox="0 0 24 24" role="img" aria-label=${label}><title>${label}</title>${body}</svg>`
    : svg`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`;

/** A channel's icon, named for assistive technology by `label`. */
export const channelIcon = (channel: Channel, label: string) => icon(CHANNEL_PATHS[channel] ?? CHANNEL_PATHS.sms, label);

/** The robot avatar of messages a workflow sent (seed 003). */
export const robotIcon = () =>
  icon(svg`<path d="M5 9h14v10H5z M12 9V5 M10.5 4h3 M9 13h.01 M15 13h.01 M9 16h6 M3 12v4 M21 12v4"/>`);

/** The mark of system-generated texts (seed 001). */
export const systemIcon = () => icon(svg`<path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 11v6 M12 7.5h.01"/>`);

/** A paper clip, before a file that is only offered as a download. */
export const fileIcon = () => icon(svg`<path d="M7 3h7l4 4v14H7z M14 3v4h4"/>`);
