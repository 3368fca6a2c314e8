import { css } from 'lit';

export const notesStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin: 0 0 var(--rp-space-1);
    font-size: var(--rp-font-size-lg);
  }
  .composer {
    display: grid;
    gap: var(--rp-space-2);
    margin-block: var(--rp-space-3);
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
    width: 100%;
  }
  .composer-actions {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--rp-space-2);
  }
  .counter {
    font-size: var(--rp-font-size-sm);
    color: var(--rp-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .counter.full {
    color: var(--rp-color-warning);
    font-weight: 600;
  }
  .list {
    display: grid;
    gap: var(--rp-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

export const noteItemStyles = css`
  :host {
    display: block;
  }
  article {
    display: grid;
    gap: var(--rp-space-2);
    padding: var(--rp-space-3);
    border: 1px solid var(--rp-color-border);
    border-radius: var(--rp-radius);
    background: var(--rp-color-surface);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rp-space-1) var(--rp-space-2);
    font-size: var(--rp-font-size-sm);
    color: var(--rp-color-text-muted);
  }
  .author {
    font-weight: 600;
    color: var(--rp-color-text);
  }
  .body {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .body.collapsed {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--rp-notes-collapsed-lines, 4);
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rp-space-2);
    align-items: center;
  }
  textarea {
    min-height: 5rem;
    resize: vertical;
    width: 100%;
  }
  .counter {
    font-size: var(--rp-font-size-sm);
    color: var(--rp-color-text-muted);
  }
  .conflict {
    display: grid;
    gap: var(--rp-space-2);
    padding: var(--rp-space-2);
    border: 1px solid var(--rp-color-warning);
    border-radius: var(--rp-radius);
    background: var(--rp-color-warning-subtle);
  }
  .versions {
    display: grid;
    gap: var(--rp-space-2);
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  .theirs {
    margin: 0;
    padding: var(--rp-space-2);
    border-radius: var(--rp-radius);
    background: var(--rp-color-surface);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rp-space-2);
    align-items: center;
    padding: var(--rp-space-2);
    border-radius: var(--rp-radius);
    background: var(--rp-color-danger-subtle);
  }
`;
