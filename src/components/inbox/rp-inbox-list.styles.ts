import { css } from 'lit';
import { baseStyles } from '../../styles/shared.js';
import { avatarStyles } from './inbox-avatar.styles.js';

/** The contacts panel: views, search and the virtualized rows. */
export const listStyles = [
  baseStyles,
  avatarStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-block-size: 0;
    }
    .panel-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--rp-space-2);
      padding: var(--rp-space-2) var(--rp-space-3);
    }
    .panel-title {
      margin: 0;
      font-size: var(--rp-font-size-lg);
    }
    .views {
      display: flex;
      gap: var(--rp-space-1);
      padding: 0 var(--rp-space-3);
    }
    .view {
      flex: 1;
      border-radius: var(--rp-radius-pill);
    }
    .view[aria-pressed='true'] {
      background: var(--rp-color-accent);
      border-color: var(--rp-color-accent);
      color: var(--rp-color-on-accent);
    }
    .search {
      margin: var(--rp-space-2) var(--rp-space-3);
    }
    .list {
      flex: 1;
      min-block-size: 0;
      overflow: auto;
    }
    .row-item {
      inline-size: 100%;
    }
    .row {
      display: flex;
      gap: var(--rp-space-2);
      align-items: center;
      inline-size: 100%;
      padding: var(--rp-space-2) var(--rp-space-3);
      border: none;
      border-block-end: 1px solid var(--rp-color-border);
      background: none;
      text-align: start;
      cursor: pointer;
    }
    .row:hover {
      background: var(--rp-color-surface-sunken);
    }
    .row[aria-current='true'] {
      background: var(--rp-color-accent-subtle);
      box-shadow: inset 3px 0 0 var(--rp-color-accent);
    }
    .row-main {
      display: grid;
      gap: 2px;
      flex: 1;
      min-inline-size: 0;
    }
    .row-top,
    .row-bottom {
      display: flex;
      gap: var(--rp-space-1);
      align-items: center;
      min-inline-size: 0;
    }
    .name {
      flex: 1;
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    time,
    .preview {
      color: var(--rp-color-text-muted);
      font-size: var(--rp-font-size-sm);
    }
    .preview {
      flex: 1;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .channel {
      display: inline-flex;
      color: var(--rp-color-text-muted);
    }
    .icon {
      inline-size: 1rem;
      block-size: 1rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.8;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .badge {
      flex: none;
      padding: 0 var(--rp-space-2);
      border-radius: var(--rp-radius-pill);
      background: var(--rp-color-accent);
      color: var(--rp-color-on-accent);
      font-size: var(--rp-font-size-sm);
      font-weight: 600;
    }
    .badge.muted {
      background: var(--rp-color-warning-subtle);
      color: var(--rp-color-text);
    }
  `,
];
