import { css } from 'lit';
import { baseStyles, dialogStyles } from '../../styles/shared.js';

const avatar = css`
  .avatar {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    background: var(--rp-color-accent-subtle);
    color: var(--rp-color-text);
    font-weight: 600;
    font-size: var(--rp-font-size-sm);
  }
  .icon-button {
    min-inline-size: 2.25rem;
    padding: 0 var(--rp-space-2);
    font-size: var(--rp-font-size-lg);
  }
`;

/** The whole inbox: three columns when wide, one when narrow. */
export const inboxStyles = [
  baseStyles,
  dialogStyles,
  css`
    :host {
      display: block;
      block-size: var(--rp-inbox-height, 40rem);
      background: var(--rp-color-bg);
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius-lg);
      overflow: hidden;
    }
    .inbox {
      display: grid;
      grid-template-columns: var(--rp-inbox-list-width, 20rem) minmax(0, 1fr);
      block-size: 100%;
    }
    .inbox[data-panel] {
      grid-template-columns: var(--rp-inbox-list-width, 20rem) minmax(0, 1fr) var(--rp-inbox-panel-width, 22rem);
    }
    :host([narrow]) .inbox,
    :host([narrow]) .inbox[data-panel] {
      grid-template-columns: minmax(0, 1fr);
    }
    .column {
      position: relative;
      min-block-size: 0;
      /* Each column lays out on its own: a new history in the centre does not re-lay the list. */
      contain: strict;
      display: flex;
      flex-direction: column;
    }
    .column[hidden] {
      display: none;
    }
    .list-column {
      border-inline-end: 1px solid var(--rp-color-border);
      background: var(--rp-color-surface);
    }
    :host([narrow]) .list-column {
      border: none;
    }
    rp-inbox-list,
    rp-inbox-conversation {
      flex: 1;
      min-block-size: 0;
    }
    .panel-column {
      border-inline-start: 1px solid var(--rp-color-border);
      background: var(--rp-color-surface);
      overflow: auto;
      animation: slide-in var(--rp-transition) ease-out;
    }
    @keyframes slide-in {
      from {
        transform: translateX(1.5rem);
        opacity: 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .panel-column {
        animation: none;
      }
    }
    .back {
      align-self: start;
      margin: var(--rp-space-2);
    }
    .placeholder {
      margin: auto;
      max-inline-size: 24rem;
      text-align: center;
    }
    .help-button {
      position: absolute;
      inset-block-end: var(--rp-space-2);
      inset-inline-end: var(--rp-space-2);
      border-radius: 50%;
      min-inline-size: 2.25rem;
      padding: 0;
    }
    .shortcuts {
      display: grid;
      gap: var(--rp-space-2);
      margin: 0;
    }
    .shortcuts div {
      display: flex;
      gap: var(--rp-space-3);
    }
    .shortcuts dt {
      min-inline-size: 6rem;
    }
    .shortcuts dd {
      margin: 0;
    }
    kbd {
      padding: 0 var(--rp-space-1);
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius);
      background: var(--rp-color-surface-sunken);
      font: inherit;
    }
  `,
];

/** The contacts panel: views, search and the virtualized rows. */
export const listStyles = [
  baseStyles,
  avatar,
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

/** The dialog window: contact bar, timeline, inline composer. */
export const conversationStyles = [
  baseStyles,
  avatar,
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

/** The contact search of a new conversation. */
export const newConversationStyles = [
  baseStyles,
  dialogStyles,
  avatar,
  css`
    .results {
      display: grid;
      gap: var(--rp-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: 22rem;
      overflow: auto;
    }
    .result {
      display: flex;
      gap: var(--rp-space-2);
      align-items: center;
      inline-size: 100%;
      padding: var(--rp-space-2);
      border: 1px solid transparent;
      border-radius: var(--rp-radius);
      background: none;
      text-align: start;
      cursor: pointer;
    }
    .result:hover {
      background: var(--rp-color-surface-sunken);
    }
    .result-text {
      display: grid;
    }
    .name {
      font-weight: 600;
    }
    .status:empty {
      display: none;
    }
  `,
];
