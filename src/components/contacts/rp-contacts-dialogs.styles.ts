import { css } from 'lit';
import { baseStyles, dialogStyles, discardPromptStyles } from '../../styles/shared.js';

// Apart from rp-contacts.styles.ts so they load with the dialogs, on use.
const dialogBase = [baseStyles, dialogStyles, discardPromptStyles, css`
  :host {
    display: contents;
  }
  p {
    margin: 0;
  }
`];

export const importStyles = [
  ...dialogBase,
  css`
    .template {
      justify-self: start;
    }
    .drop-zone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--rp-space-2);
      padding: var(--rp-space-6);
      border: 2px dashed var(--rp-color-border);
      border-radius: var(--rp-radius-lg);
      background: var(--rp-color-surface-sunken);
    }
    .drop-zone.dragging {
      border-color: var(--rp-color-accent);
      background: var(--rp-color-accent-subtle);
    }
    .progress {
      display: grid;
      gap: var(--rp-space-1);
    }
    progress {
      width: 100%;
      accent-color: var(--rp-color-accent);
    }
    .summary {
      display: grid;
      gap: var(--rp-space-2);
      justify-items: start;
    }
    .ok {
      color: var(--rp-color-success);
      font-weight: 600;
    }
    .row-errors {
      margin: 0;
      padding-inline-start: var(--rp-space-4);
      font-size: var(--rp-font-size-sm);
    }
  `,
];

export const actionStyles = [
  ...dialogBase,
  css`
    .staff-list {
      display: grid;
      gap: var(--rp-space-1);
      max-height: 16rem;
      overflow: auto;
      margin: 0;
      padding: var(--rp-space-2);
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius);
    }
    .staff {
      display: flex;
      gap: var(--rp-space-2);
      align-items: center;
    }
  `,
];

export const detailsStyles = [
  ...dialogBase,
  css`
    [role='tablist'] {
      display: flex;
      gap: var(--rp-space-1);
      border-bottom: 1px solid var(--rp-color-border);
    }
    [role='tab'] {
      border: none;
      background: none;
      padding: var(--rp-space-2) var(--rp-space-3);
      border-bottom: 2px solid transparent;
      cursor: pointer;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom-color: var(--rp-color-accent);
      font-weight: 600;
    }
    .profile {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--rp-space-1) var(--rp-space-3);
      margin: 0 0 var(--rp-space-3);
    }
    dt {
      color: var(--rp-color-text-muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
];
