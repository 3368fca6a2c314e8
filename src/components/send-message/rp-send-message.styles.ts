import { css } from 'lit';
import { baseStyles, dialogStyles, discardPromptStyles } from '../../styles/shared.js';

/** What every piece of the Send Message dialog shares: rows, prompts, chips. */
export const pieceStyles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--rp-space-2);
    }
    .row > .field {
      flex: 1 1 10rem;
    }
    .prompt {
      display: grid;
      gap: var(--rp-space-2);
      padding: var(--rp-space-3);
      border: 1px solid var(--rp-color-warning);
      border-radius: var(--rp-radius);
      background: var(--rp-color-warning-subtle);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--rp-space-2);
      justify-content: flex-end;
    }
    .chip {
      min-height: 1.75rem;
      padding: 0 var(--rp-space-2);
      font-size: var(--rp-font-size-sm);
      border-radius: var(--rp-radius-pill);
    }
    .preview-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    textarea.input {
      min-height: 7rem;
      resize: vertical;
    }
    ul.plain {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--rp-space-1);
    }
  `,
];

/**
 * The composer's Templates and Message sections: each a column with room
 * between its parts. Beside a conversation (`inline`), the box starts smaller
 * so the history keeps the room; it still grows.
 */
export const composerStyles = [
  ...pieceStyles,
  css`
    section {
      display: grid;
      gap: var(--rp-space-2);
    }
    section + section {
      margin-top: var(--rp-space-3);
    }
    h3 {
      margin: 0;
    }
    [part='wildcards'] {
      align-items: center;
    }
    :host([inline]) textarea.input {
      min-height: 4rem;
    }
  `,
];

export const sendMessageStyles = [
  ...pieceStyles,
  dialogStyles,
  discardPromptStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      width: var(--rp-send-message-width, min(44rem, calc(100vw - 2rem)));
    }
    section {
      display: grid;
      gap: var(--rp-space-2);
    }
    h3 {
      margin: 0;
      font-size: var(--rp-font-size);
    }
    .dialog-footer {
      flex-wrap: wrap;
      justify-content: space-between;
    }
  `,
];
