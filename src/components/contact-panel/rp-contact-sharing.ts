import { Task } from '@lit/task';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Contact, Staff } from '../../domain/index.js';
import { format } from '../../i18n/strings.js';
import { baseStyles } from '../../styles/shared.js';
import { RapportElement } from '../shared/rapport-element.js';
import { detailsStyles } from './rp-contact-panel.styles.js';
import '../../i18n/en/contactPanel.js';

/**
 * Seed 002's Contact Sharing: the owner, who the contact is shared with, and
 * when it was created.
 *
 * @internal
 */
@customElement('rp-contact-sharing')
export class RpContactSharing extends RapportElement {
  static override styles = [baseStyles, detailsStyles];

  /** The contact shown. */
  @property({ attribute: false }) contact!: Contact;

  /** Every staff member, when the host has them already; otherwise they are asked of the adapter. */
  @property({ attribute: false }) knownStaff?: readonly Staff[];

  private staff = new Task(this, {
    task: async ([backend, known]) => (known?.length ? known : backend ? backend.listStaff() : []),
    args: () => [this.backend, this.knownStaff] as const,
  });

  private name(id: string): string {
    const person = this.staff.value?.find((member) => member.id === id);
    return person?.name ?? format(this.strings.contactPanel.sharing.unknownStaff, { id });
  }

  protected override render() {
    const words = this.strings.contactPanel.sharing;
    const contact = this.contact;
    return this.staff.render({
      pending: () => html`<p class="status" role="status">${this.strings.common.loading}</p>`,
      error: (error) => html`<div class="status error" role="alert"><p>${this.describeError(error)}</p>
        <button type="button" class="button" @click=${() => this.staff.run()}>${this.strings.common.retry}</button></div>`,
      complete: () => html`<dl part="sharing">
        <div class="row"><dt>${words.owner}</dt><dd class="owner">${this.name(contact.ownerId)}</dd></div>
        <div class="row"><dt>${words.sharedWith}</dt><dd class="shared-with">${contact.sharedWith.length === 0 ? words.notShared
          : html`<ul class="plain">${contact.sharedWith.map((id) => html`<li>${this.name(id)}</li>`)}</ul>`}</dd></div>
        <div class="row"><dt>${words.created}</dt><dd><time datetime=${contact.createdAt}>${
          this.formatters.dateTime.format(new Date(contact.createdAt))}</time></dd></div>
      </dl>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contact-sharing': RpContactSharing;
  }
}
