import '@lit-labs/virtualizer';
import type { RangeChangedEvent } from '@lit-labs/virtualizer';
import { html } from 'lit';
import type { ContactSort } from '../../adapters/adapter.js';
import { fullName, type Contact } from '../../domain/index.js';
import type { Strings } from '../../i18n/strings.js';
import { format } from '../../i18n/strings.js';
import { keyById, renderPresent } from '../shared/virtual-rows.js';

/** What the table needs from rp-contacts. */
export type TableContext = {
  words: Strings['contacts'];
  formWords: Strings['contactForm'];
  items: readonly Contact[];
  sort: ContactSort;
  ownerName: (contact: Contact) => string;
  menuFor?: string;
  onSort: (sort: ContactSort) => void;
  onOpen: (contact: Contact) => void;
  onMenu: (contact: Contact, trigger: HTMLElement) => void;
  onRange: (last: number) => void;
};

/**
 * The contact list: a header of column names and a virtualized body, so only
 * the rows on screen exist in the page however many contacts are loaded.
 * Table roles keep it a table for screen readers.
 */
export function renderTable(ctx: TableContext) {
  const { words } = ctx;
  const nameSort = ctx.sort === 'name' ? 'ascending' : ctx.sort === '-name' ? 'descending' : 'none';
  return html`<div class="table" role="table" aria-label=${words.listLabel} aria-rowcount="-1" part="table">
    <div role="rowgroup" part="header">
      <div class="row header" role="row" aria-rowindex="1">
        <span role="columnheader" aria-sort=${nameSort}>
          <button type="button" class="sort-button" part="sort-button"
            @click=${() => ctx.onSort(ctx.sort === 'name' ? '-name' : 'name')}>${words.columns.name}
            <span aria-hidden="true">${nameSort === 'ascending' ? '▲' : nameSort === 'descending' ? '▼' : ''}</span></button>
        </span>
        <span role="columnheader">${words.columns.type}</span>
        <span role="columnheader">${words.columns.level}</span>
        <span role="columnheader">${words.columns.mobile}</span>
        <span role="columnheader">${words.columns.email}</span>
        <span role="columnheader">${words.columns.owner}</span>
        <span role="columnheader"><span class="visually-hidden">${words.columns.actions}</span></span>
      </div>
    </div>
    <lit-virtualizer scroller tabindex="0" role="rowgroup" part="body" class="body"
      .items=${ctx.items as Contact[]}
      .keyFunction=${keyById}
      .renderItem=${renderPresent((contact: Contact, index: number) => renderRow(ctx, contact, index))}
      @rangeChanged=${(event: RangeChangedEvent) => ctx.onRange(event.last)}></lit-virtualizer>
  </div>`;
}

function renderRow(ctx: TableContext, contact: Contact, index: number) {
  const name = fullName(contact);
  const words = ctx.words;
  return html`<div class="row" role="row" aria-rowindex=${index + 2} part="row" data-id=${contact.id}
    @dblclick=${() => ctx.onOpen(contact)}>
    <span role="cell" class="name" part="cell name">${name}</span>
    <span role="cell" part="cell">${ctx.formWords.types[contact.type]}</span>
    <span role="cell" part="cell">${ctx.formWords.levels[contact.level]}</span>
    <span role="cell" part="cell">${contact.phones.mobile?.number ?? ''}</span>
    <span role="cell" part="cell" class="email">${contact.emails.primary ?? ''}</span>
    <span role="cell" part="cell">${ctx.ownerName(contact)}</span>
    <span role="cell" part="cell">
      <button type="button" class="menu-button" part="menu-button" aria-haspopup="menu"
        aria-expanded=${ctx.menuFor === contact.id ? 'true' : 'false'}
        aria-label=${format(words.actionsFor, { name })}
        @click=${(event: Event) => ctx.onMenu(contact, event.currentTarget as HTMLElement)}>⋮</button>
    </span>
  </div>`;
}

