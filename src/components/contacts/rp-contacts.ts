import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { ContactSort } from '../../adapters/adapter.js';
import type { Contact, Staff } from '../../domain/index.js';
import { RpContactOpenEvent } from '../../events/contacts.js';
import { format } from '../../i18n/strings.js';
import '../contact-form/rp-contact-form.js';
import type { RpContactForm } from '../contact-form/rp-contact-form.js';
import { OnUse } from '../shared/on-use.js';
import { RapportElement } from '../shared/rapport-element.js';
import { ContactsQuery } from './contacts-query.js';
import { renderTable } from './contacts-table.js';
import { yieldToEventLoop } from '../../domain/csv/yield.js';
import { CSV_TYPE, downloadBlob } from './download.js';
import { contactsStyles } from './rp-contacts.styles.js';
import { renderRowMenu, type MenuAction, type MenuState } from './row-menu.js';
import '../../i18n/en/contactForm.js';
import '../../i18n/en/contacts.js';

const SORTS: ContactSort[] = ['name', '-name', '-createdAt', 'createdAt', '-updatedAt', 'updatedAt'];

/**
 * External Contacts management (seed 002): the contacts the user owns or that
 * are shared with them, searched as the person types, with Create New Contact,
 * Import Contact, Download Contact, View Contact, Share Contact, Transfer
 * Ownership and Delete Contact. The list is virtualized and paged, so 100,000
 * contacts scroll smoothly. Every outcome is announced in a live region.
 *
 * @fires rp-contact-open - A person asked to view a contact; cancel it to show your own view.
 * @fires rp-import-completed - An Import Contact upload finished, with its counts.
 * @fires rp-contact-saved - (from the inner rp-contact-form) a contact was created or updated.
 * @csspart toolbar - Create, Import, Download, search and sort.
 * @csspart search - The search box.
 * @csspart table - The list, header and body.
 * @csspart header - The column names.
 * @csspart sort-button - The Name column's sort toggle.
 * @csspart body - The scrolling, virtualized rows.
 * @csspart row - One contact.
 * @csspart cell - One value of a row.
 * @csspart name - The name cell.
 * @csspart menu-button - A row's 3-dot menu button.
 * @csspart menu - The row menu.
 * @csspart menu-item - One item of the row menu.
 * @csspart status - Loading, empty, no-match and error messages.
 * @csspart live - The visually hidden live region.
 * @cssproperty --rp-contacts-height - The height of the list (default 32rem).
 */
@customElement('rp-contacts')
export class RpContacts extends RapportElement {
  static override styles = contactsStyles;

  @state() private staff: Staff[] = [];
  @state() private menu?: MenuState;
  @state() private acting?: { mode: 'share' | 'transfer' | 'delete'; contact: Contact };
  @state() private viewing?: string;
  @state() private announcement = '';
  @query('rp-contact-form') private form?: RpContactForm;
  private staffFor?: unknown;

  /** Import, View, Share, Transfer and Delete: loaded the first time a person reaches for one. */
  private dialogs = new OnUse(this, () => import('./contacts-dialogs.js'));
  private list = new ContactsQuery(this, () => this.backend, () => this.announceResults());

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.list.connect();
    if (this.backend && this.staffFor !== this.backend) {
      this.staffFor = this.backend;
      this.backend.listStaff().then((staff) => (this.staff = staff), () => undefined);
    }
  }

  /** Says something in the live region; clearing first makes a repeat speak again. */
  private announce = (text: string): void => {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  };

  /** The list loads the imported contacts in a task of its own, apart from the import's last. */
  private onImported = (): void => {
    setTimeout(() => this.list.reload());
  };

  /** Says what a new search found. */
  private announceResults(): void {
    const list = this.list;
    if (!list.shownSearch.trim()) return;
    const words = this.strings.contacts;
    this.announce(list.items.length === 0 ? format(words.noMatch, { query: list.shownSearch })
      : format(words.searchResults, { n: list.items.length, query: list.shownSearch, more: list.hasMore ? words.moreAvailable : '' }));
  }

  /** Loads the dialogs before one opens; a load that fails is announced and nothing opens. */
  private async dialogsReady(): Promise<boolean> {
    try {
      await this.dialogs.ensure();
      return true;
    } catch {
      this.announce(this.strings.common.errors.unavailable);
      return false;
    }
  }

  private canManage(contact: Contact): boolean {
    const user = this.session?.user;
    return Boolean(user && (user.role === 'admin' || contact.ownerId === user.id));
  }

  private ownerName = (contact: Contact): string => {
    if (contact.ownerId === this.session?.user.id) return this.strings.contacts.you;
    return this.staff.find((member) => member.id === contact.ownerId)?.name ?? this.strings.contacts.unknownOwner;
  };

  private openContact = async (contact: Contact): Promise<void> => {
    const event = new RpContactOpenEvent({ contactId: contact.id, contact });
    if (this.dispatchEvent(event) && (await this.dialogsReady())) this.viewing = contact.id;
  };

  private openMenu = (contact: Contact, trigger: HTMLElement): void => {
    if (this.menu?.contactId === contact.id) return this.closeMenu(true);
    // Every item but View opens a dialog: fetch them while the person picks.
    this.dialogs.ensure().catch(() => undefined);
    const rect = trigger.getBoundingClientRect();
    this.menu = { contactId: contact.id, trigger, top: rect.bottom, left: Math.max(0, rect.right - 200) };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="menuitem"]')?.focus());
  };

  private closeMenu = (returnFocus: boolean): void => {
    const trigger = this.menu?.trigger;
    this.menu = undefined;
    if (returnFocus) trigger?.focus();
  };

  private onMenuChoice = async (action: MenuAction): Promise<void> => {
    const contact = this.list.items.find((item) => item.id === this.menu?.contactId);
    this.closeMenu(action === 'view');
    if (!contact) return;
    if (action === 'view') await this.openContact(contact);
    else if (await this.dialogsReady()) this.acting = { mode: action, contact };
  };

  private async downloadContacts(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const words = this.strings.contacts;
    this.announce(words.exporting);
    try {
      const [{ contactsCsvPieces }, { visibleContacts }] = await Promise.all([
        import('../../domain/csv/index.js'), import('./import-run.js'),
      ]);
      const contacts = await visibleContacts(backend);
      const staffNames = new Map(this.staff.map((member) => [member.id, member.name]));
      // Written and encoded a piece a task: 100,000 contacts at once held the page for 1.6 s.
      const parts: Blob[] = [];
      for (const piece of contactsCsvPieces(contacts, { staffNames })) {
        parts.push(new Blob([piece]));
        await yieldToEventLoop();
      }
      downloadBlob('Contact.csv', new Blob(parts, { type: CSV_TYPE }));
      this.announce(format(words.exported, { n: contacts.length }));
    } catch (error) {
      this.announce(`${words.exportFailed} ${this.describeError(error)}`);
    }
  }

  override render() {
    const words = this.strings.contacts;
    return html`
      <div class="toolbar" part="toolbar">
        <h2 class="title">${words.title}</h2>
        <button type="button" class="button primary" @click=${() => this.form?.show()}>${words.createNew}</button>
        <button type="button" class="button" @click=${() => void this.importer()}>${words.importContact}</button>
        <button type="button" class="button" @click=${() => void this.downloadContacts()}>${words.downloadContact}</button>
        <span class="search">
          <label class="visually-hidden" for="search">${words.searchLabel}</label>
          <input id="search" class="input" type="search" part="search" autocomplete="off"
            placeholder=${words.searchPlaceholder} .value=${this.list.search}
            @input=${(e: Event) => this.list.setSearch((e.target as HTMLInputElement).value)} />
        </span>
        <label class="sort">${words.sortBy}
          <select class="input" @change=${(e: Event) => this.list.setSort((e.target as HTMLSelectElement).value as ContactSort)}>
            ${SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.list.sort}>${words.sorts[sort]}</option>`)}
          </select>
        </label>
      </div>
      ${this.renderList()}
      ${renderRowMenu(this.menu, this.menuItems(), words.columns.actions, this.onMenuChoice, this.closeMenu)}
      <div class="visually-hidden" role="status" aria-live="polite" part="live">${this.announcement}</div>
      <rp-contact-form .adapter=${this.backend} locale=${this.activeLocale}></rp-contact-form>
      <rp-contacts-import .adapter=${this.backend} locale=${this.activeLocale} .announce=${this.announce}
        @rp-import-completed=${this.onImported}></rp-contacts-import>
      <rp-contacts-action .adapter=${this.backend} locale=${this.activeLocale} .announce=${this.announce}
        .staff=${this.staff} .contact=${this.acting?.contact} mode=${this.acting?.mode ?? 'share'}
        ?open=${Boolean(this.acting)} @close=${() => (this.acting = undefined)}></rp-contacts-action>
      <rp-contacts-details .adapter=${this.backend} locale=${this.activeLocale} .staff=${this.staff}
        contact-id=${this.viewing ?? nothing} ?open=${Boolean(this.viewing)}
        @close=${() => (this.viewing = undefined)}></rp-contacts-details>`;
  }

  private async importer(): Promise<void> {
    if (!(await this.dialogsReady())) return;
    const importer = this.renderRoot.querySelector('rp-contacts-import');
    if (importer) importer.open = true;
  }

  private menuItems(): { action: MenuAction; label: string }[] {
    const words = this.strings.contacts;
    const contact = this.list.items.find((item) => item.id === this.menu?.contactId);
    const items: { action: MenuAction; label: string }[] = [{ action: 'view', label: words.viewContact }];
    if (contact && this.canManage(contact)) {
      items.push({ action: 'share', label: words.shareContact }, { action: 'transfer', label: words.transferOwnership },
        { action: 'delete', label: words.deleteContact });
    }
    return items;
  }

  private renderList() {
    const words = this.strings.contacts;
    const list = this.list;
    if (!this.backend) return html`<p class="status" part="status">${this.strings.common.noAdapter}</p>`;
    if (list.state.status === 'pending') return html`<p class="status" part="status">${this.strings.common.loading}</p>`;
    if (list.state.status === 'error') {
      return html`<div class="status error" role="alert" part="status">${words.loadFailed} ${this.describeError(list.state.error)}
        <button type="button" class="button" @click=${() => list.reload()}>${this.strings.common.retry}</button></div>`;
    }
    if (list.items.length === 0) {
      return html`<p class="status" part="status">${list.shownSearch.trim()
        ? format(words.noMatch, { query: list.shownSearch }) : words.empty}</p>`;
    }
    return html`${renderTable({
      words, formWords: this.strings.contactForm, items: list.items, sort: list.sort, ownerName: this.ownerName,
      menuFor: this.menu?.contactId, onSort: (sort) => list.setSort(sort), onOpen: this.openContact, onMenu: this.openMenu,
      onRange: (last) => last >= list.items.length - 30 && void list.loadMore(),
    })}${list.loadingMore ? html`<p class="hint" part="status">${words.loadingMore}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contacts': RpContacts;
  }
}
