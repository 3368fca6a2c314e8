import { Task } from '@lit/task';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { format } from '../../i18n/strings.js';
import { baseStyles } from '../../styles/shared.js';
import { RapportElement } from '../shared/rapport-element.js';
import { detailsStyles } from './rp-contact-panel.styles.js';
import '../../i18n/en/contactPanel.js';

/** Seed 002: the Change Log shows the last five records. */
const CHANGE_LOG_LIMIT = 5;

/**
 * The Change Log tab: the contact's last five changes — who, when, and each
 * field from what to what.
 *
 * @internal
 */
@customElement('rp-contact-change-log')
export class RpContactChangeLog extends RapportElement {
  static override styles = [baseStyles, detailsStyles];

  /** The contact whose changes are shown. */
  @property({ attribute: 'contact-id' }) contactId?: string;
  /** Bumped by the panel on every change, so the log reloads. */
  @property({ type: Number }) revision = 0;

  private loader = new Task(this, {
    task: async ([backend, contactId]) => {
      if (!backend || !contactId) return undefined;
      const [entries, staff] = await Promise.all([
        backend.getChangeLog(contactId, { limit: CHANGE_LOG_LIMIT }), backend.listStaff(),
      ]);
      return { entries, names: new Map(staff.map((person) => [person.id, person.name])) };
    },
    args: () => [this.backend, this.contactId, this.revision] as const,
  });

  private value(value: unknown): string {
    if (value === undefined || value === null || value === '') return this.strings.contactPanel.changeLog.blank;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  protected override render() {
    const words = this.strings.contactPanel.changeLog;
    const common = this.strings.common;
    return this.loader.render({
      initial: () => html`<p class="status">${common.loading}</p>`,
      pending: () => html`<p class="status" role="status">${common.loading}</p>`,
      error: (error) => html`<div class="status error" role="alert"><p>${words.loadFailed} ${this.describeError(error)}</p>
        <button type="button" class="button" @click=${() => this.loader.run()}>${common.retry}</button></div>`,
      complete: (log) => {
        if (!log) return '';
        if (log.entries.length === 0) return html`<p class="status">${words.empty}</p>`;
        return html`<p class="hint">${words.intro}</p><ol class="plain change-log" part="change-log">
          ${log.entries.map((entry) => html`<li class="entry" part="change">
            <div class="hint">${format(words.by, {
              who: log.names.get(entry.actorId) ?? entry.actorId, time: this.formatters.dateTime.format(new Date(entry.at)) })}</div>
            <ul class="plain">${entry.changes.map((change) => html`<li class="change">${format(words.change, {
              field: change.field, from: this.value(change.from), to: this.value(change.to) })}</li>`)}</ul>
          </li>`)}</ol>`;
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contact-change-log': RpContactChangeLog;
  }
}
