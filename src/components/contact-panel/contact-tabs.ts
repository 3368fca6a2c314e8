import { html } from 'lit';
import type { Strings } from '../../i18n/strings.js';

export const TABS = ['contact', 'notes', 'activity', 'sharing', 'changeLog'] as const;
export type TabName = (typeof TABS)[number];

/** The tab a key moves to, as the ARIA tabs pattern has it: arrows wrap, Home and End jump. */
export function tabAfterKey(current: TabName, key: string, rtl = false): TabName | undefined {
  const index = TABS.indexOf(current);
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return TABS[(index + 1) % TABS.length];
  if (key === back) return TABS[(index - 1 + TABS.length) % TABS.length];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[TABS.length - 1];
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
