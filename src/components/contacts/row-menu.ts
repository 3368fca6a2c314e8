import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export type MenuAction = 'view' | 'share' | 'transfer' | 'delete';

export type MenuState = { contactId: string; trigger: HTMLElement; top: number; left: number };

/**
 * The row's 3-dot menu (seed 002): View Contact for everyone; Share Contact,
 * Transfer Ownership and Delete Contact for the owner and administrators.
 * Arrow keys move between items, Escape or Tab closes it and focus goes back
 * to the button that opened it.
 */
export function renderRowMenu(
  menu: MenuState | undefined,
  items: { action: MenuAction; label: string }[],
  label: string,
  onChoose: (action: MenuAction) => void,
  onDismiss: (returnFocus: boolean) => void,
) {
  if (!menu) return nothing;
  const onKeydown = (event: KeyboardEvent) => {
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = buttons.indexOf(event.target as HTMLElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      buttons[(move + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDismiss(true);
    } else if (event.key === 'Tab') onDismiss(false);
  };
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) onDismiss(false);
  };
  return html`<div class="menu" role="menu" aria-label=${label} part="menu"
    style=${styleMap({ top: `${menu.top}px`, left: `${menu.left}px` })}
    @keydown=${onKeydown} @focusout=${onFocusOut}>
    ${items.map((item) => html`<button type="button" role="menuitem" tabindex="-1" part="menu-item"
      class=${item.action === 'delete' ? 'danger' : ''}
      @click=${() => onChoose(item.action)}>${item.label}</button>`)}
  </div>`;
}
