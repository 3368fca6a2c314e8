import { css } from 'lit';
import { baseStyles } from '../../styles/shared.js';

export const contactsStyles = [
  baseStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--rp-space-3);
      position: relative;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--rp-space-2);
    }
    .title {
      margin: 0 auto 0 0;
      font-size: var(--rp-font-size-lg);
    }
    .search .input {
      width: min(18rem, 60vw);
    }
    .sort {
      display: inline-flex;
      align-items: center;
      gap: var(--rp-space-1);
      font-size: var(--rp-font-size-sm);
    }
    .table {
      display: flex;
      flex-direction: column;
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius);
      background: var(--rp-color-surface);
    }
    .row {
      display: grid;
      grid-template-columns: minmax(9rem, 2fr) 6rem 6rem minmax(8rem, 1.2fr) minmax(10rem, 2fr) minmax(6rem, 1fr) 2.75rem;
      align-items: center;
      gap: var(--rp-space-2);
      width: 100%;
      min-height: 2.5rem;
      padding: 0 var(--rp-space-3);
      border-bottom: 1px solid var(--rp-color-border);
    }
    .row > span {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .row.header {
      font-size: var(--rp-font-size-sm);
      font-weight: 600;
      background: var(--rp-color-surface-sunken);
    }
    .row:not(.header):hover {
      background: var(--rp-color-surface-sunken);
    }
    .name {
      font-weight: 600;
    }
    .sort-button,
    .menu-button {
      border: none;
      background: none;
      padding: var(--rp-space-1);
      cursor: pointer;
      font-weight: inherit;
      border-radius: var(--rp-radius);
    }
    .menu-button {
      font-size: 1.2rem;
      line-height: 1;
    }
    .body {
      height: var(--rp-contacts-height, 32rem);
      overflow: auto;
    }
    .menu {
      position: fixed;
      z-index: 10;
      display: grid;
      min-width: 12.5rem;
      padding: var(--rp-space-1) 0;
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius);
      background: var(--rp-color-surface-raised);
      box-shadow: var(--rp-shadow);
    }
    .menu [role='menuitem'] {
      border: none;
      background: none;
      text-align: start;
      padding: var(--rp-space-2) var(--rp-space-3);
      cursor: pointer;
    }
    .menu [role='menuitem']:hover,
    .menu [role='menuitem']:focus {
      background: var(--rp-color-accent-subtle);
    }
    .menu .danger {
      color: var(--rp-color-danger);
    }
  `,
];
