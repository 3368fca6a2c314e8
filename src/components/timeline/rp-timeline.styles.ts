import { css } from 'lit';

/**
 * The timeline's own styles, base type and focus ring included: only what its
 * shadow root uses. In `.list`, the rows above and below the mounted ones are
 * spacers sized from script, and the script keeps the view in place itself.
 * (Comments stay out of the CSS text, which ships as written.)
 */
export const timelineStyles = css`
  :host {
    font-family: var(--rp-font-family);
    font-size: var(--rp-font-size);
    line-height: var(--rp-line-height);
    color: var(--rp-color-text);
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    position: relative;
    height: var(--rp-timeline-height, 32rem);
    background: var(--rp-timeline-background, var(--rp-color-bg));
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--rp-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
  }
  .error,
  .alert {
    color: var(--rp-color-danger);
  }
  .alert {
    margin: 0;
    padding: var(--rp-space-2) var(--rp-space-3);
    background: var(--rp-color-danger-subtle);
  }
  .list {
    flex: 1;
    position: relative;
    overflow-y: auto;
    overflow-anchor: none;
    contain: strict;
  }
  .list::before,
  .list::after {
    content: '';
    display: block;
    height: var(--above, 0);
  }
  .list::after {
    height: var(--below, 0);
  }
  .row {
    padding: var(--rp-space-1) var(--rp-space-3);
  }
  .marker {
    display: flex;
    align-items: center;
    gap: var(--rp-space-2);
    color: var(--rp-color-text-muted);
    font-size: var(--rp-font-size-sm);
  }
  .marker::before,
  .marker::after {
    content: '';
    flex: 1;
    border-top: 1px solid var(--line, var(--rp-color-border));
  }
  .unread {
    --line: currentColor;
    color: var(--rp-color-danger);
    font-weight: 600;
  }
  .entry {
    display: flex;
    align-items: flex-end;
    gap: var(--rp-space-2);
  }
  .entry.end {
    flex-direction: row-reverse;
  }
  .entry.center {
    justify-content: center;
  }
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--rp-color-surface-sunken);
    color: var(--rp-color-text-muted);
    font-size: var(--rp-font-size-sm);
    font-weight: 600;
    object-fit: cover;
  }
  .bot :is(.avatar, .bubble) {
    background: var(--rp-color-bot);
    color: var(--rp-color-on-bot);
  }
  .system .avatar {
    background: none;
    color: var(--rp-color-warning);
  }
  .bubble {
    max-width: min(36rem, 80%);
    padding: var(--rp-space-2) var(--rp-space-3);
    border-radius: var(--rp-radius-lg);
    background: var(--rp-timeline-inbound, var(--rp-color-inbound));
    color: var(--rp-color-on-inbound);
    overflow-wrap: anywhere;
  }
  .end .bubble {
    background: var(--rp-timeline-outbound, var(--rp-color-outbound));
    color: var(--rp-color-on-outbound);
  }
  .center .bubble {
    background: var(--rp-color-system);
    color: var(--rp-color-text);
    border: 1px dashed var(--rp-color-warning);
    font-size: var(--rp-font-size-sm);
  }
  .meta,
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rp-space-1) var(--rp-space-2);
    font-size: var(--rp-font-size-sm);
  }
  .author {
    font-weight: 600;
  }
  .icon {
    width: 1rem;
    height: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    vertical-align: -0.15em;
  }
  .avatar .icon {
    width: 1.25rem;
    height: 1.25rem;
  }
  .external {
    margin-top: var(--rp-space-1);
    padding: 0 var(--rp-space-2);
    border-inline-start: 3px solid currentColor;
    font-size: var(--rp-font-size-sm);
  }
  .subject {
    font-weight: 600;
    margin-top: var(--rp-space-1);
  }
  .body {
    margin: var(--rp-space-1) 0;
    white-space: pre-wrap;
  }
  a {
    color: inherit;
  }
  time {
    position: relative;
    border-radius: var(--rp-radius);
  }
  time:is(:hover, :focus-visible)::after {
    content: attr(data-full);
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: 1;
    width: max-content;
    max-width: 20rem;
    padding: var(--rp-space-1) var(--rp-space-2);
    border-radius: var(--rp-radius);
    background: var(--rp-color-text);
    color: var(--rp-color-surface);
  }
  .action {
    padding: 0 var(--rp-space-2);
    border: 1px solid currentColor;
    border-radius: var(--rp-radius-pill);
    background: transparent;
    color: inherit;
    font-size: var(--rp-font-size-sm);
    cursor: pointer;
  }
  .older-loading,
  .latest {
    position: absolute;
    inset-inline: 0;
    margin-inline: auto;
    width: max-content;
    padding: var(--rp-space-1) var(--rp-space-3);
    border-radius: var(--rp-radius-pill);
    background: var(--rp-color-surface-raised);
    box-shadow: var(--rp-shadow);
    font-size: var(--rp-font-size-sm);
  }
  .older-loading {
    top: var(--rp-space-2);
  }
  .latest {
    bottom: var(--rp-space-3);
    border: none;
    color: var(--rp-color-accent);
    cursor: pointer;
  }
  .state {
    margin: auto;
    padding: var(--rp-space-3);
    color: var(--rp-color-text-muted);
    text-align: center;
  }
`;
