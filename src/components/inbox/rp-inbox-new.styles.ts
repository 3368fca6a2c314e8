import { css } from 'lit';
import { baseStyles, dialogStyles } from '../../styles/shared.js';
import { avatarStyles } from './inbox-avatar.styles.js';

/** The contact search of a new conversation. */
export const newConversationStyles = [
  baseStyles,
  dialogStyles,
  avatarStyles,
  css`
    .results {
      display: grid;
      gap: var(--rp-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: 22rem;
      overflow: auto;
    }
    .result {
      display: flex;
      gap: var(--rp-space-2);
      align-items: center;
      inline-size: 100%;
      padding: var(--rp-space-2);
      border: 1px solid transparent;
      border-radius: var(--rp-radius);
      background: none;
      text-align: start;
      cursor: pointer;
    }
    .result:hover {
      background: var(--rp-color-surface-sunken);
    }
    .result-text {
      display: grid;
    }
    .name {
      font-weight: 600;
    }
    .status:empty {
      display: none;
    }
  `,
];
