import { css } from 'lit';

// The contact's initials and the icon buttons look alike in the list, the conversation and the new-conversation search.
export const avatarStyles = css`
  .avatar {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    background: var(--rp-color-accent-subtle);
    color: var(--rp-color-text);
    font-weight: 600;
    font-size: var(--rp-font-size-sm);
  }
  .icon-button {
    min-inline-size: 2.25rem;
    padding: 0 var(--rp-space-2);
    font-size: var(--rp-font-size-lg);
  }
`;
