import { css } from 'lit';
import { baseStyles, dialogStyles, discardPromptStyles } from '../../styles/shared.js';

export const contactFormStyles = [
  baseStyles,
  dialogStyles,
  discardPromptStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      width: min(48rem, calc(100vw - 2rem));
    }
    form {
      display: flex;
      flex-direction: column;
      max-height: calc(100dvh - 2rem);
    }
    .grid,
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: var(--rp-space-3);
    }
    .grid[hidden] {
      display: none;
    }
    #advanced {
      grid-template-columns: 1fr;
    }
    fieldset {
      margin: 0;
      padding: var(--rp-space-3);
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius);
    }
    legend {
      font-weight: 600;
      padding: 0 var(--rp-space-1);
    }
    .required {
      color: var(--rp-color-danger);
    }
    .advanced-toggle {
      justify-self: start;
    }
    .create-another {
      display: inline-flex;
      gap: var(--rp-space-1);
      align-items: center;
      margin-inline-end: auto;
    }
    .changes {
      margin: var(--rp-space-2) 0 0;
      padding-inline-start: var(--rp-space-4);
    }
  `,
];
