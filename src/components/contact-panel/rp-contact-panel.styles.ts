import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
    inline-size: var(--rp-contact-panel-width, 100%);
    background: var(--rp-color-surface);
    color: var(--rp-color-text);
  }
  .panel {
    display: grid;
    gap: var(--rp-space-3);
    padding: var(--rp-space-3);
  }
  .header {
    display: grid;
    grid-template-columns: auto 1fr auto auto;
    align-items: start;
    gap: var(--rp-space-3);
  }
  .avatar {
    display: grid;
    place-items: center;
    inline-size: var(--rp-contact-panel-avatar-size, 3rem);
    block-size: var(--rp-contact-panel-avatar-size, 3rem);
    border-radius: 50%;
    overflow: hidden;
    background: var(--rp-color-accent-subtle);
    color: var(--rp-color-accent);
    font-weight: 700;
  }
  .avatar img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .identity {
    display: grid;
    gap: var(--rp-space-1);
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-size: var(--rp-font-size-lg);
    overflow-wrap: anywhere;
  }
  .handle {
    color: var(--rp-color-text-muted);
    font-size: var(--rp-font-size-sm);
    overflow-wrap: anywhere;
  }
  .badges {
    position: relative;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--rp-space-2);
    border-radius: var(--rp-radius-pill);
    font-size: var(--rp-font-size-sm);
    font-weight: 600;
  }
  .badge.validated {
    /* The success green is just short of 4.5:1 on its subtle tint, so the text keeps the body colour. */
    border: 1px solid var(--rp-color-success);
    background: var(--rp-color-success-subtle);
    color: var(--rp-color-text);
  }
  .badge.not-validated {
    background: var(--rp-color-warning-subtle);
    color: var(--rp-color-warning);
  }
  .tooltip {
    position: absolute;
    inset-block-start: calc(100% + var(--rp-space-1));
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 16rem;
    padding: var(--rp-space-2);
    border-radius: var(--rp-radius);
    background: var(--rp-color-surface-raised);
    box-shadow: var(--rp-shadow);
    font-size: var(--rp-font-size-sm);
    visibility: hidden;
  }
  .badge:hover + .tooltip,
  .badge:focus + .tooltip {
    visibility: visible;
  }
  .channel {
    color: var(--rp-color-accent);
  }
  .vip {
    gap: var(--rp-space-1);
    font-weight: 700;
  }
  .vip.on {
    background: var(--rp-color-accent);
    border-color: var(--rp-color-accent);
    color: var(--rp-color-on-accent);
  }
  .vip.on:hover:not(:disabled) {
    background: var(--rp-color-accent-hover);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rp-space-1);
    border-block-end: 1px solid var(--rp-color-border);
  }
  .tab {
    padding: var(--rp-space-2) var(--rp-space-3);
    border: none;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--rp-color-text-muted);
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--rp-color-accent);
    color: var(--rp-color-text);
    font-weight: 600;
  }
  [role='tabpanel']:focus-visible {
    outline-offset: -2px;
  }
`;

/** Shared by the tab contents: definition rows, editors, conflict boxes. */
export const detailsStyles = css`
  :host {
    display: block;
  }
  h3 {
    margin: var(--rp-space-3) 0 var(--rp-space-2);
    font-size: var(--rp-font-size);
  }
  dl {
    display: grid;
    gap: var(--rp-space-2);
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(6rem, 1fr) 2fr;
    gap: var(--rp-space-2);
    align-items: baseline;
  }
  dt {
    display: flex;
    align-items: center;
    gap: var(--rp-space-1);
    color: var(--rp-color-text-muted);
    font-size: var(--rp-font-size-sm);
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rp-space-1) var(--rp-space-2);
    margin: 0;
    min-inline-size: 0;
  }
  .value {
    overflow-wrap: anywhere;
  }
  .value.unset {
    color: var(--rp-color-text-muted);
    font-style: italic;
  }
  .icon-button {
    min-height: 1.75rem;
    padding: 0 var(--rp-space-2);
  }
  .editor {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rp-space-2);
    align-items: center;
    inline-size: 100%;
  }
  .editor .input {
    flex: 1 1 10rem;
  }
  .field-error:empty {
    display: none;
  }
  .conflict {
    display: grid;
    gap: var(--rp-space-1);
    inline-size: 100%;
    padding: var(--rp-space-2);
    border: 1px solid var(--rp-color-warning);
    border-radius: var(--rp-radius);
    background: var(--rp-color-warning-subtle);
  }
  .actions {
    display: flex;
    gap: var(--rp-space-2);
  }
  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--rp-space-2);
  }
  .columns {
    display: grid;
    gap: var(--rp-space-3);
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  .badge {
    display: inline-block;
    padding: 0 var(--rp-space-2);
    border-radius: var(--rp-radius-pill);
    font-size: var(--rp-font-size-sm);
    background: var(--rp-color-surface-sunken);
  }
  .badge.open {
    border: 1px solid var(--rp-color-success);
    background: var(--rp-color-success-subtle);
    color: var(--rp-color-text);
  }
  .badge.closed {
    background: var(--rp-color-accent-subtle);
    color: var(--rp-color-accent);
  }
  .url {
    overflow-wrap: anywhere;
  }
  .change {
    overflow-wrap: anywhere;
  }
`;
