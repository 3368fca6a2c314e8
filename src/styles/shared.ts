import { css } from 'lit';

/**
 * What every element's shadow root starts from: type, focus ring, buttons,
 * fields. A `.field` keeps its natural height beside a taller neighbour, and
 * never grows wider than its place (a select's longest option would otherwise
 * push into the next column). Comments stay out of the CSS text, which ships
 * as written.
 */
export const baseStyles = css`
  :host {
    font-family: var(--rp-font-family);
    font-size: var(--rp-font-size);
    line-height: var(--rp-line-height);
    color: var(--rp-color-text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--rp-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--rp-space-1);
    min-height: 2.25rem;
    padding: 0 var(--rp-space-3);
    border: 1px solid var(--rp-color-border);
    border-radius: var(--rp-radius);
    background: var(--rp-color-surface);
    color: var(--rp-color-text);
    cursor: pointer;
    transition: background var(--rp-transition);
  }
  .button:hover:not(:disabled) {
    background: var(--rp-color-surface-sunken);
  }
  .button.primary {
    background: var(--rp-color-accent);
    border-color: var(--rp-color-accent);
    color: var(--rp-color-on-accent);
  }
  .button.primary:hover:not(:disabled) {
    background: var(--rp-color-accent-hover);
  }
  .button.danger {
    color: var(--rp-color-danger);
    border-color: currentColor;
  }
  .button.link {
    border: none;
    background: none;
    color: var(--rp-color-accent);
    padding: 0 var(--rp-space-1);
    min-height: auto;
    text-decoration: underline;
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: var(--rp-space-1);
    min-width: 0;
  }
  .field > label,
  .label {
    font-size: var(--rp-font-size-sm);
    font-weight: 600;
    color: var(--rp-color-text);
  }
  .input {
    min-height: 2.25rem;
    padding: var(--rp-space-1) var(--rp-space-2);
    border: 1px solid var(--rp-color-border);
    border-radius: var(--rp-radius);
    background: var(--rp-color-surface);
  }
  .input[aria-invalid='true'] {
    border-color: var(--rp-color-danger);
  }
  .field-error {
    color: var(--rp-color-danger);
    font-size: var(--rp-font-size-sm);
  }
  .hint {
    color: var(--rp-color-text-muted);
    font-size: var(--rp-font-size-sm);
  }
  .status {
    padding: var(--rp-space-3);
    color: var(--rp-color-text-muted);
  }
  .status.error,
  .alert {
    color: var(--rp-color-danger);
  }
  .alert {
    padding: var(--rp-space-2) var(--rp-space-3);
    border-radius: var(--rp-radius);
    background: var(--rp-color-danger-subtle);
  }
`;

/** A native `<dialog>` opened with `showModal()`: the platform traps focus and gives Escape. */
export const dialogStyles = css`
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--rp-color-border);
    border-radius: var(--rp-radius-lg);
    background: var(--rp-color-surface);
    color: var(--rp-color-text);
    box-shadow: var(--rp-shadow-dialog);
  }
  dialog::backdrop {
    background: var(--rp-backdrop);
  }
  .dialog-header,
  .dialog-footer {
    display: flex;
    align-items: center;
    gap: var(--rp-space-2);
    padding: var(--rp-space-3) var(--rp-space-4);
  }
  .dialog-header {
    justify-content: space-between;
    border-bottom: 1px solid var(--rp-color-border);
  }
  .dialog-header h2 {
    margin: 0;
    font-size: var(--rp-font-size-lg);
  }
  .dialog-body {
    display: grid;
    gap: var(--rp-space-3);
    padding: var(--rp-space-4);
    overflow: auto;
  }
  .dialog-footer {
    justify-content: flex-end;
    border-top: 1px solid var(--rp-color-border);
  }
`;

/** The "discard what you typed?" question a ModalController renders inside its dialog. */
export const discardPromptStyles = css`
  .discard-prompt {
    display: grid;
    gap: var(--rp-space-2);
    margin: var(--rp-space-3) var(--rp-space-4) 0;
    padding: var(--rp-space-3);
    border: 1px solid var(--rp-color-warning);
    border-radius: var(--rp-radius);
    background: var(--rp-color-warning-subtle);
  }
  .discard-actions {
    display: flex;
    gap: var(--rp-space-2);
    justify-content: flex-end;
  }
`;
