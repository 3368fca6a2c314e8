import { css } from 'lit';
import { dialogStyles } from '../../styles/shared.js';
import { pieceStyles } from './rp-send-message.styles.js';

/** What the batch pieces share on top of the composer's: the summary, progress and report lists. */
export const batchStyles = [
  ...pieceStyles,
  dialogStyles,
  css`
    :host {
      display: contents;
    }
    .dialog-footer {
      flex-wrap: wrap;
      justify-content: space-between;
    }
    section,
    .grid {
      display: grid;
      gap: var(--rp-space-2);
    }
    h3,
    h4 {
      margin: 0;
      font-size: var(--rp-font-size);
    }
    .count {
      font-size: var(--rp-font-size-lg);
      font-weight: 600;
    }
    details {
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius);
      padding: var(--rp-space-2);
    }
    summary {
      cursor: pointer;
    }
    .names {
      max-height: 10rem;
      overflow: auto;
      margin: var(--rp-space-1) 0 0;
      padding-inline-start: var(--rp-space-4);
    }
    progress {
      inline-size: 100%;
      block-size: 0.75rem;
      accent-color: var(--rp-color-accent);
    }
    .report {
      max-height: 18rem;
      overflow: auto;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-size: var(--rp-font-size-sm);
    }
    th,
    td {
      text-align: start;
      padding: var(--rp-space-1) var(--rp-space-2);
      border-block-end: 1px solid var(--rp-color-border);
      vertical-align: top;
    }
    .status-failed {
      color: var(--rp-color-danger);
    }
    a.button {
      text-decoration: none;
      justify-self: start;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--rp-space-1);
    }
  `,
];
