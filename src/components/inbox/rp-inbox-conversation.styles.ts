import { css } from 'lit';
import { baseStyles } from '../../styles/shared.js';
import { avatarStyles } from './inbox-avatar.styles.js';

/** The dialog window: contact bar, timeline, inline composer. */
export const conversationStyles = [
  baseStyles,
  avatarStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-block-size: 0;
      --rp-timeline-height: 100%;
    }
    .contact-bar {
      display: flex;
      align-items: center;
      gap: var(--rp-space-2);
      padding: var(--rp-space-2) var(--rp-space-3);
      border-block-end: 1px solid var(--rp-color-border);
      background: var(--rp-color-surface);
    }
    .avatar-button {
      border: none;
      cursor: pointer;
    }
    .who {
      display: grid;
      flex: 1;
      min-inline-size: 0;
    }
    .name {
      margin: 0;
      font-size: var(--rp-font-size-lg);
    }
    .address {
      color: var(--rp-color-text-muted);
      font-size: var(--rp-font-size-sm);
    }
    .addressing {
      display: flex;
      flex-wrap: wrap;
      gap: var(--rp-space-2);
    }
    .inline-field {
      display: inline-flex;
      align-items: center;
      gap: var(--rp-space-1);
      font-size: var(--rp-font-size-sm);
    }
    .compact {
      min-block-size: 1.75rem;
      padding-block: 0;
    }
    .panel-toggle[aria-expanded='true'] {
      background: var(--rp-color-accent-subtle);
    }
    rp-timeline {
      flex: 1;
      min-block-size: 8rem;
    }
    .notice {
      margin: 0;
      padding: var(--rp-space-1) var(--rp-space-3);
      background: var(--rp-color-warning-subtle);
      font-size: var(--rp-font-size-sm);
    }
    .composer {
      display: grid;
      gap: var(--rp-space-2);
      padding: var(--rp-space-2) var(--rp-space-3);
      border-block-start: 1px solid var(--rp-color-border);
      background: var(--rp-color-surface);
      max-block-size: 50%;
      overflow: auto;
    }
    .composer-top,
    .composer-actions {
      display: flex;
      gap: var(--rp-space-2);
      align-items: center;
    }
    .composer-actions {
      justify-content: flex-end;
    }
    .status {
      margin: 0;
    }
  `,
];
