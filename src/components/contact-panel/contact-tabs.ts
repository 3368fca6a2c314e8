import { html } from 'lit';
import type { Strings } from '../../i18n/strings.js';

export const TABS = ['contact', 'notes', 'activity', 'sharing', 'changeLog'] as const;
export type TabName = (typeof TABS)[number];

/**
 * The tab of `tabs` a key moves to, as the ARIA tabs pattern has it: arrows
 * wrap (the reading direction's way), Home and End jump.
 */
export function tabAfterKey<T extends string>(tabs: readonly T[], current: T, key: string, rtl = false): T | undefined {
  const index = tabs.indexOf(current);
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return tabs[(index + 1) % tabs.length];
  if (key === back) return tabs[(index - 1 + tabs.length) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[tabs.length - 1];
  return undefined;
}

/** A tablist with one tab stop: only the selected tab is in the Tab order; arrows move between tabs. */
export function renderTabs(selected: TabName, words: Strings['contactPanel']['tabs'], onKey: (event: KeyboardEvent) => void,
  onSelect: (tab: TabName) => void) {
  return html`<div role="tablist" aria-label=${words.label} class="tabs" part="tabs" @keydown=${onKey}>
    ${TABS.map((tab) => html`<button type="button" role="tab" id="tab-${tab}" class="tab" part="tab"
      aria-selected=${String(tab === selected)} aria-controls="panel-${tab}" tabindex=${tab === selected ? 0 : -1}
      @click=${() => onSelect(tab)}>${words[tab]}</button>`)}
  </div>`;
}
