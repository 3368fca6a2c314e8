import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isInFuture, zonedTimeToInstant, type ZonedTime } from '../../domain/schedule.js';
import { formattersFor } from '../../i18n/format.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { pieceStyles } from './rp-send-message.styles.js';
import '../../i18n/en/sendMessage.js';

/** What the picker says after each change: scheduling on or off, and the instant once it is certain. */
export type ScheduleState = { active: boolean; instant?: string; problem?: string };

/**
 * Schedule (seed 001): a future date and time in a named time zone. A time the
 * clocks skip is refused and a time they pass twice is asked about, never
 * guessed.
 *
 * @internal
 * @fires schedule-change - `detail` is the ScheduleState.
 * @csspart schedule - The date and time controls.
 */
@customElement('rp-schedule-picker')
export class RpSchedulePicker extends RapportElement {
  static override styles = pieceStyles;

  /** IANA time zone the time is picked in; the browser's by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  @state() private active = false;
  @state() private local = '';
  @state() private zoned?: ZonedTime;
  @state() private chosen?: string;

  private get zone(): string {
    return this.timeZone ?? this.formatters.timeZone;
  }

  /** The state as it stands, with the words of what is still missing. */
  get value(): ScheduleState {
    const words = this.strings.sendMessage;
    if (!this.active) return { active: false };
    const zoned = this.zoned;
    const [date, time] = this.local.split('T');
    const where = { date: date ?? '', time: time ?? '', zone: this.zone };
    let instant: string | undefined;
    if (!zoned || zoned.kind === 'invalid') return { active: true, problem: words.scheduleNeeded };
    if (zoned.kind === 'nonexistent') return { active: true, problem: format(words.scheduleNonexistent, where) };
    if (zoned.kind === 'ambiguous') {
      if (!this.chosen) return { active: true, problem: format(words.scheduleAmbiguous, where) };
      instant = this.chosen;
    } else instant = zoned.instant;
    if (!isInFuture(instant)) return { active: true, problem: words.schedulePast };
    return { active: true, instant };
  }

  private changed() {
    this.dispatchEvent(new CustomEvent<ScheduleState>('schedule-change', { detail: this.value }));
  }

  private onToggle(event: Event) {
    this.active = (event.target as HTMLInputElement).checked;
    this.changed();
  }

  private onTime(event: Event) {
    this.local = (event.target as HTMLInputElement).value;
    this.zoned = zonedTimeToInstant(this.local, this.zone);
    this.chosen = undefined;
    this.changed();
  }

  private when(instant: string): string {
    return formattersFor(this.activeLocale, this.zone).fullDateTime.format(new Date(instant));
  }

  override render() {
    const words = this.strings.sendMessage;
    const value = this.value;
    return html`<div class="row" part="schedule">
        <label><input type="checkbox" .checked=${this.active} @change=${this.onToggle} /> ${words.schedule}</label>
        ${this.active ? html`<div class="field">
          <label for="at">${words.scheduleAt}</label>
          <input id="at" class="input" type="datetime-local" .value=${this.local} @input=${this.onTime} @change=${this.onTime}
            aria-describedby="zone schedule-status" aria-invalid=${value.problem && this.local ? 'true' : 'false'} />
          <span id="zone" class="hint">${format(words.timeZone, { zone: this.zone })}</span>
        </div>` : nothing}
      </div>
      ${this.active ? this.renderStatus(value) : nothing}`;
  }

  private renderStatus(value: ScheduleState) {
    const words = this.strings.sendMessage;
    const zoned = this.zoned;
    const choices = zoned?.kind === 'ambiguous' ? [[zoned.earlier, words.scheduleFirst], [zoned.later, words.scheduleSecond]] : [];
    return html`<div id="schedule-status" role="status">
      ${value.instant ? html`<span class="hint">${format(words.scheduleFor, { when: this.when(value.instant) })}</span>` : nothing}
      ${value.problem && this.local ? html`<span class="field-error">${value.problem}</span>` : nothing}
    </div>
    ${choices.length ? html`<fieldset class="row"><legend class="visually-hidden">${words.scheduleAt}</legend>
      ${choices.map(([instant, label]) => html`<label><input type="radio" name="occurrence" .checked=${this.chosen === instant}
        @change=${() => { this.chosen = instant; this.changed(); }} /> ${format(label, { when: this.when(instant) })}</label>`)}
    </fieldset>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-schedule-picker': RpSchedulePicker;
  }
}
