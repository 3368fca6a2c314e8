import { Task } from '@lit/task';
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Activity } from '../../domain/index.js';
import { baseStyles } from '../../styles/shared.js';
import { RapportElement } from '../shared/rapport-element.js';
import { detailsStyles } from './rp-contact-panel.styles.js';
import '../../i18n/en/contactPanel.js';

/**
 * Seed 002's Activity tab: inquiry history, engagement (outbound calls and
 * texts by staff) and journey (pages visited), in three sections.
 *
 * @internal
 */
@customElement('rp-contact-activity')
export class RpContactActivity extends RapportElement {
  static override styles = [baseStyles, detailsStyles];

  /** The contact whose activity is shown. */
  @property({ attribute: 'contact-id' }) contactId?: string;

  private loader = new Task(this, {
    task: async ([backend, contactId]) => (backend && contactId ? backend.getActivity(contactId) : undefined),
    args: () => [this.backend, this.contactId] as const,
  });

  /** Loads the activity again, e.g. after a change elsewhere. */
  refresh(): void {
    void this.loader.run();
  }

  private when(iso?: string) {
    return iso ? html`<time datetime=${iso}>${this.formatters.dateTime.format(new Date(iso))}</time>` : '';
  }

  private renderActivity(activity: Activity) {
    const words = this.strings.contactPanel.activity;
    return html`<div class="columns" part="activity">
      <section aria-labelledby="inquiries" part="section">
        <h3 id="inquiries">${words.inquiries}</h3>
        ${activity.inquiries.length === 0 ? html`<p class="hint">${words.noInquiries}</p>` : html`<ul class="plain">
          ${activity.inquiries.map((inquiry) => html`<li class="inquiry ${inquiry.status}">
            <span class="badge ${inquiry.status}">${inquiry.status === 'open' ? words.open : words.closed}</span>
            <span>${inquiry.title}</span> ${this.when(inquiry.lastMessageAt)}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="engagement" part="section">
        <h3 id="engagement">${words.engagement}</h3>
        ${activity.engagements.length === 0 ? html`<p class="hint">${words.noEngagement}</p>` : html`<ul class="plain">
          ${activity.engagements.map((item) => html`<li>
            <strong>${item.channel === 'call' ? words.call : words.sms}</strong> · ${item.staffName} · ${this.when(item.at)}
            <div class="hint">${item.summary}</div></li>`)}</ul>`}
      </section>
      <section aria-labelledby="journey" part="section">
        <h3 id="journey">${words.journey}</h3>
        ${activity.journey.length === 0 ? html`<p class="hint">${words.noJourney}</p>` : html`<ul class="plain">
          ${activity.journey.map((visit) => html`<li><span>${visit.title}</span>
            <div class="hint"><span class="url">${visit.url}</span> · ${this.when(visit.at)}</div></li>`)}</ul>`}
      </section>
    </div>`;
  }

  protected override render() {
    const common = this.strings.common;
    return this.loader.render({
      initial: () => html`<p class="status">${common.loading}</p>`,
      pending: () => html`<p class="status" role="status">${common.loading}</p>`,
      error: (error) => html`<div class="status error" role="alert">
        <p>${this.strings.contactPanel.activity.loadFailed} ${this.describeError(error)}</p>
        <button type="button" class="button" @click=${() => this.loader.run()}>${common.retry}</button></div>`,
      complete: (activity) => (activity ? this.renderActivity(activity) : ''),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contact-activity': RpContactActivity;
  }
}
