import { css } from 'lit';
import { baseStyles, dialogStyles } from '../../styles/shared.js';

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
