import { css } from 'lit';
import { baseStyles, dialogStyles, discardPromptStyles } from '../../styles/shared.js';

export const externalCommFormStyles = [
  baseStyles,
  dialogStyles,
  discardPromptStyles,
  css`
    :host {
      display: contents;
    }
    form {
      display: contents;
    }
    .intro {
      margin: 0;
      color: var(--rp-color-text-muted);
    }
    .settings {
      display: grid;
      gap: var(--rp-space-3);
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      align-items: start;
    }
    textarea.input {
      resize: vertical;
      min-height: 6rem;
    }
    .duration .input {
      max-width: 10rem;
    }
    .attached {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--rp-space-2);
      font-size: var(--rp-font-size-sm);
    }
    input[readonly] {
      background: var(--rp-color-surface-sunken);
      color: var(--rp-color-text-muted);
    }
    .close {
      min-width: 2.25rem;
      padding: 0;
      font-size: var(--rp-font-size-lg);
    }
    .alert:empty,
    .announce:empty {
      display: none;
    }
  `,
];
