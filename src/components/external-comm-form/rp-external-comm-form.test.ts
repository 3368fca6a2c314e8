import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../adapters/memory/index.js';
import { DIRECTIONS, EXTERNAL_CHANNELS, EXTERNAL_TYPES, isExternal } from '../../domain/index.js';
import { deepActiveElement } from '../shared/modal-controller.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import '../timeline/rp-timeline.js';
import './rp-external-comm-form.js';
import type { RpExternalCommForm } from './rp-external-comm-form.js';

const T0 = '2025-01-01T00:00:00.000Z';
const data = (source?: string) => ({
  staff: [
    { id: 'staff-dana', name: 'Dana Whitfield', role: 'agent' as const },
    { id: 'staff-admin', name: 'Ari Admin', role: 'admin' as const },
  ],
  account: {
    id: 'account-1', name: 'Northside Motors', tier: 'professional' as const, country: 'CA',
    features: { sms: true, email: true }, smsNumbers: ['+15555550100'], emailAddresses: ['sales@example.com'],
  },
  contacts: [{ id: 'contact-1', version: 1, lastName: 'Seller', firstName: 'Sam', ownerId: 'staff-dana', createdAt: T0, updatedAt: T0 }],
  conversations: [{ id: 'conv-1', contactId: 'contact-1', context: source ? { listing: { source } } : {} }],
});

/** Real file bytes: what the form judges a file by. */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
const MP3 = [0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x44, 0, 0];
const PDF = [...'%PDF-1.7\n%âãÏÓ\n'].map((c) => c.charCodeAt(0) & 0xff);
const fileOf = (bytes: number[], name: string, type = '') => new File([new Uint8Array([...bytes, ...new Array(64).fill(1)])], name, { type });

type Setup = { form: RpExternalCommForm; adapter: MemoryAdapter; opener: HTMLButtonElement };

async function setup(options: { source?: string; adapter?: MemoryAdapter } = {}): Promise<Setup> {
  const adapter = options.adapter ?? new MemoryAdapter({ data: data(options.source), userId: 'staff-dana' });
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="opener">Log communication</button>
    <rp-external-comm-form conversation-id="conv-1" .adapter=${adapter}></rp-external-comm-form>
  </div>`);
  const form = wrapper.querySelector('rp-external-comm-form')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', () => form.show());
  return { form, adapter, opener };
}

const $ = <E extends Element = HTMLElement>(form: RpExternalCommForm, selector: string) =>
  form.shadowRoot!.querySelector<E>(selector) as E;

/** Opens the window the way a person does: clicking the host's button. */
async function openByClick({ form, opener }: Setup) {
  opener.focus();
  opener.click();
  await waitUntil(() => $<HTMLDialogElement>(form, 'dialog')?.open && $(form, '#channel'), 'the form did not load');
}

/** Whether the window shows an element (chai hangs printing a Lit element, so compare booleans and ids). */
const has = (form: RpExternalCommForm, selector: string) => form.shadowRoot!.querySelector(selector) !== null;
const focusedId = () => deepActiveElement()?.id ?? '';

const labelText = (form: RpExternalCommForm, id: string) => $(form, `label[for="${id}"]`).textContent!.trim();

async function choose(form: RpExternalCommForm, id: string, value: string) {
  const select = $<HTMLSelectElement>(form, `#${id}`);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

async function type(form: RpExternalCommForm, id: string, text: string) {
  $(form, `#${id}`).focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

async function setWhen(form: RpExternalCommForm, local: string) {
  const input = $<HTMLInputElement>(form, '#occurredAt');
  input.value = local;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await form.updateComplete;
}

async function attach(form: RpExternalCommForm, file: File) {
  const input = $<HTMLInputElement>(form, '#attachment');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const judged = (selector: string) => form.shadowRoot!.querySelector(selector)?.textContent?.includes(file.name);
  await waitUntil(() => judged('[part="attached"]') || judged('#attachment-error'), 'the file was not judged');
}

async function messages(adapter: MemoryAdapter) {
  return (await adapter.listMessages('conv-1')).items;
}

describe('rp-external-comm-form', () => {
  it('opens with External Communication chosen, the time set to now in the agent’s zone, and the seed’s labels', async () => {
    const s = await setup({ source: 'Craigslist' });
    await openByClick(s);
    const { form } = s;
    expect($<HTMLSelectElement>(form, '#kind').value).to.equal('external');
    expect([...$<HTMLSelectElement>(form, '#kind').options].map((o) => o.text)).to.deep.equal(['External Communication', 'Note']);
    expect(labelText(form, 'occurredAt')).to.equal('Date & Time');
    expect(labelText(form, 'channel')).to.equal('Communication Channel');
    expect(labelText(form, 'direction')).to.equal('Communication Direction');
    expect(labelText(form, 'type')).to.equal('Communication Type');
    expect(labelText(form, 'attachment')).to.equal('Attach File');
    expect(labelText(form, 'assignedTo')).to.equal('Assigned To');
    const when = new Date($<HTMLInputElement>(form, '#occurredAt').value);
    expect(Math.abs(Date.now() - when.getTime())).to.be.lessThan(61_000);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect($(form, '#occurredAt-hint').textContent).to.contain(zone);
    expect([...$<HTMLSelectElement>(form, '#channel').options].map((o) => o.text)).to.deep.equal(['Text', 'Call', 'Email', 'Craigslist']);
    expect([...$<HTMLSelectElement>(form, '#direction').options].map((o) => o.text)).to.deep.equal(['Outbound', 'Inbound']);
    expect([...$<HTMLSelectElement>(form, '#type').options].map((o) => o.text))
      .to.deep.equal(['Initial', 'Follow-Up', 'Non-Responder', 'Reply']);
    const assigned = $<HTMLInputElement>(form, '#assignedTo');
    await waitUntil(() => assigned.value === 'Dana Whitfield');
    expect(assigned.readOnly).to.be.true;
    expect($(form, '#assignedTo-hint').textContent).to.contain('always assigned to the user who logs them');
    expect(focusedId()).to.equal('kind');
    await expectNoAxeViolations(form);
  });

  it('gives each setting the seed’s meaning as help text, tied to the control', async () => {
    const s = await setup({ source: 'Facebook' });
    await openByClick(s);
    const { form } = s;
    expect($(form, '#direction').getAttribute('aria-describedby')).to.equal('direction-hint');
    expect($(form, '#direction-hint').textContent).to.equal('Outbound: from the user to the seller.');
    await choose(form, 'direction', 'inbound');
    expect($(form, '#direction-hint').textContent).to.equal('Inbound: from the seller to the user.');
    await choose(form, 'type', 'initial');
    expect($(form, '#type-hint').textContent).to.contain('First communication between user and seller'.toLowerCase());
    await choose(form, 'type', 'reply');
    expect($(form, '#type-hint').textContent).to.contain('none of the above');
    await choose(form, 'channel', 'listing');
    expect($(form, '#channel-hint').textContent).to.contain('Facebook');
  });

  describe('logs every channel, direction and type as a person fills it in', () => {
    for (const channel of EXTERNAL_CHANNELS) {
      for (const direction of DIRECTIONS) {
        for (const kind of EXTERNAL_TYPES) {
          it(`${channel} · ${direction} · ${kind}`, async () => {
            const s = await setup({ source: 'Kijiji' });
            await openByClick(s);
            const { form, adapter } = s;
            await setWhen(form, '2024-03-05T14:30');
            await choose(form, 'channel', channel);
            await choose(form, 'direction', direction);
            await choose(form, 'type', kind);
            await type(form, 'text', `Spoke about the <b>price</b> (${channel})`);
            if (channel === 'call') await type(form, 'duration', '12');
            else expect(has(form, '#duration')).to.be.false;
            const logged = oneEvent(form, 'rp-external-logged');
            $(form, '[part~="submit-button"]').click();
            const event = await logged;
            const [stored] = await messages(adapter);
            expect(stored.id).to.equal(event.detail.message.id);
            expect(stored).to.include({ channel, direction, occurredAt: new Date('2024-03-05T14:30').toISOString() });
            expect(stored.external).to.deep.equal({ type: kind, loggedBy: 'staff-dana' });
            expect(isExternal(stored)).to.be.true;
            expect(stored.body).to.equal(channel === 'call'
              ? `Spoke about the <b>price</b> (call)\n\nDuration: 12 min`
              : `Spoke about the <b>price</b> (${channel})`);
            expect($<HTMLDialogElement>(form, 'dialog').open).to.be.false;
            expect(form.open).to.be.false;
          });
        }
      }
    }
  });

  it('puts the logged entry in the conversation’s timeline, marked as external', async () => {
    const adapter = new MemoryAdapter({ data: data('Facebook'), userId: 'staff-dana' });
    const s = await setup({ adapter });
    const timeline = await fixture(html`<rp-timeline conversation-id="conv-1" .adapter=${adapter} style="height: 400px"></rp-timeline>`);
    await openByClick(s);
    const { form } = s;
    await setWhen(form, '2024-03-05T14:30');
    await choose(form, 'channel', 'listing');
    await choose(form, 'direction', 'inbound');
    await choose(form, 'type', 'reply');
    await type(form, 'text', 'Seller replied on the listing: still available');
    $(form, '[part~="submit-button"]').click();
    const external = () => [...timeline.shadowRoot!.querySelectorAll('[part~="entry"]')]
      .find((entry) => entry.textContent!.includes('still available'))?.querySelector('[part="external"]');
    await waitUntil(() => external(), 'the entry did not reach the timeline', { timeout: 3000 });
    expect(external()!.textContent!.replace(/\s+/g, ' ').trim())
      .to.equal('External communication · Inbound · Reply · logged by Dana Whitfield');
  });

  it('refuses a time in the future, saying why by the field, and keeps what was typed', async () => {
    const s = await setup();
    await openByClick(s);
    const { form, adapter } = s;
    await type(form, 'text', 'Called back');
    await setWhen(form, '2999-01-01T10:00');
    $(form, '[part~="submit-button"]').click();
    await waitUntil(() => $(form, '#occurredAt-error'));
    const input = $(form, '#occurredAt');
    expect($(form, '#occurredAt-error').textContent).to.equal('This time is in the future. Choose when the communication already took place.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('occurredAt-error');
    expect(focusedId()).to.equal('occurredAt');
    expect($<HTMLTextAreaElement>(form, '#text').value).to.equal('Called back');
    expect(await messages(adapter)).to.have.length(0);
    await expectNoAxeViolations(form);
  });

  it('refuses empty text with a reason tied to the text box', async () => {
    const s = await setup();
    await openByClick(s);
    const { form, adapter } = s;
    await type(form, 'text', '   ');
    $(form, '[part~="submit-button"]').click();
    await waitUntil(() => $(form, '#text-error'));
    expect($(form, '#text-error').textContent).to.equal('Write the content of the communication.');
    expect($(form, '#text').getAttribute('aria-describedby')).to.equal('text-hint text-error');
    expect($(form, '[part="alert"]').textContent).to.contain('Check the fields');
    expect(await messages(adapter)).to.have.length(0);
  });

  it('asks a call for its duration and refuses one that is not a whole number of minutes', async () => {
    const s = await setup();
    await openByClick(s);
    const { form } = s;
    await choose(form, 'channel', 'call');
    expect(labelText(form, 'text')).to.equal('Description');
    expect(labelText(form, 'duration')).to.equal('Duration (minutes)');
    await type(form, 'text', 'Left a voicemail');
    await type(form, 'duration', 'ten');
    $(form, '[part~="submit-button"]').click();
    await waitUntil(() => $(form, '#duration-error'));
    expect($(form, '#duration-error').textContent).to.contain('whole number of minutes');
    expect($(form, '#duration').getAttribute('aria-invalid')).to.equal('true');
  });

  it('logs a call with its audio recording, uploaded for a call', async () => {
    const s = await setup();
    await openByClick(s);
    const { form, adapter } = s;
    await choose(form, 'channel', 'call');
    await type(form, 'text', 'Discussed trade-in');
    await type(form, 'duration', '7');
    await attach(form, fileOf(MP3, 'call.mp3', 'audio/mpeg'));
    expect($(form, '[part="attached"]').textContent).to.contain('call.mp3');
    const logged = oneEvent(form, 'rp-external-logged');
    $(form, '[part~="submit-button"]').click();
    await logged;
    const [stored] = await messages(adapter);
    expect(stored.attachments).to.have.length(1);
    expect(stored.attachments[0]).to.include({ name: 'call.mp3', mimeType: 'audio/mpeg' });
  });

  it('refuses a PNG renamed .mp3 for a call, by its bytes, with the reason', async () => {
    const s = await setup();
    await openByClick(s);
    const { form, adapter } = s;
    await choose(form, 'channel', 'call');
    await attach(form, fileOf(PNG, 'recording.mp3', 'audio/mpeg'));
    const error = $(form, '#attachment-error');
    expect(error.textContent).to.contain('"recording.mp3"').and.contain('audio');
    expect($(form, '#attachment').getAttribute('aria-invalid')).to.equal('true');
    expect($(form, '#attachment').getAttribute('aria-describedby')).to.contain('attachment-error');
    expect(has(form, '[part="attached"]')).to.be.false;
    expect(await messages(adapter)).to.have.length(0);
  });

  it('takes an image or PDF for an email, and refuses audio there', async () => {
    const s = await setup();
    await openByClick(s);
    const { form, adapter } = s;
    await choose(form, 'channel', 'email');
    await attach(form, fileOf(MP3, 'voice.mp3', 'audio/mpeg'));
    expect($(form, '#attachment-error').textContent).to.contain('image').and.contain('PDF');
    await attach(form, fileOf(PDF, 'offer.pdf', 'application/pdf'));
    expect(has(form, '#attachment-error')).to.be.false;
    await type(form, 'text', 'Sent the offer sheet');
    const logged = oneEvent(form, 'rp-external-logged');
    $(form, '[part~="submit-button"]').click();
    await logged;
    const [stored] = await messages(adapter);
    expect(stored.attachments[0]).to.include({ name: 'offer.pdf', mimeType: 'application/pdf' });
  });

  it('drops a chosen image with a reason when the channel becomes Call', async () => {
    const s = await setup();
    await openByClick(s);
    const { form } = s;
    await attach(form, fileOf(PNG, 'photo.png', 'image/png'));
    expect($(form, '[part="attached"]').textContent).to.contain('photo.png');
    await choose(form, 'channel', 'call');
    await waitUntil(() => $(form, '#attachment-error'));
    expect($(form, '#attachment-error').textContent).to.contain('"photo.png"');
    expect(has(form, '[part="attached"]')).to.be.false;
  });

  it('logs one entry for a double click on Add, showing that it is busy meanwhile', async () => {
    const adapter = new MemoryAdapter({ data: data(), userId: 'staff-dana', latencyMs: 80 });
    const s = await setup({ adapter });
    await openByClick(s);
    const { form } = s;
    await type(form, 'text', 'Texted the address');
    const add = $(form, '[part~="submit-button"]');
    const logged = oneEvent(form, 'rp-external-logged');
    add.click();
    await form.updateComplete;
    expect(add.textContent!.trim()).to.equal('Adding…');
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    add.click();
    await logged;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await messages(adapter)).to.have.length(1);
  });

  it('keeps everything typed and says why in a live region when saving fails', async () => {
    // The adapter's own failure simulation: every call fails while `offline` is true.
    let offline = false;
    const adapter = new MemoryAdapter({ data: data(), userId: 'staff-dana', failureRate: 0.5, random: () => (offline ? 0 : 1) });
    const s = await setup({ adapter });
    await openByClick(s);
    const { form } = s;
    await choose(form, 'channel', 'email');
    await choose(form, 'direction', 'inbound');
    await type(form, 'text', 'Seller asked for photos');
    offline = true;
    $(form, '[part~="submit-button"]').click();
    await waitUntil(() => $(form, '[part="alert"]').textContent!.trim() !== '');
    const alert = $(form, '[part="alert"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Nothing was saved').and.contain('could not be reached');
    expect($<HTMLDialogElement>(form, 'dialog').open).to.be.true;
    expect($<HTMLSelectElement>(form, '#channel').value).to.equal('email');
    expect($<HTMLSelectElement>(form, '#direction').value).to.equal('inbound');
    expect($<HTMLTextAreaElement>(form, '#text').value).to.equal('Seller asked for photos');
    offline = false;
    expect(await messages(adapter)).to.have.length(0);
    const logged = oneEvent(form, 'rp-external-logged');
    $(form, '[part~="submit-button"]').click();
    await logged;
    expect(await messages(adapter)).to.have.length(1);
  });

  it('shows the adapter’s own refusal by the field it names', async () => {
    // The backend's clock is behind the agent's: it judges the chosen time to be in the future.
    const adapter = new MemoryAdapter({ data: data(), userId: 'staff-dana', now: () => new Date('2024-01-01T00:00:00Z') });
    const s = await setup({ adapter });
    await openByClick(s);
    const { form } = s;
    await setWhen(form, '2024-06-01T09:00');
    await type(form, 'text', 'Texted the seller');
    $(form, '[part~="submit-button"]').click();
    await waitUntil(() => $(form, '#occurredAt-error'));
    expect($(form, '#occurredAt-error').textContent).to.contain('future');
    expect($<HTMLTextAreaElement>(form, '#text').value).to.equal('Texted the seller');
  });

  it('asks before discarding typed text on Escape, and returns focus to the opener', async () => {
    const s = await setup();
    await openByClick(s);
    const { form } = s;
    await type(form, 'text', 'Half a thought');
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect($<HTMLDialogElement>(form, 'dialog').open).to.be.true;
    expect($(form, '[part="discard-prompt"]').textContent).to.contain('Discard what you typed?');
    expect(focusedId()).to.equal('');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Keep');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(has(form, '[part="discard-prompt"]')).to.be.false;
    expect($<HTMLTextAreaElement>(form, '#text').value).to.equal('Half a thought');
    $(form, '[part~="cancel-button"]').click();
    await form.updateComplete;
    ($(form, '[part="discard-prompt"] .danger') as HTMLButtonElement).click();
    await form.updateComplete;
    expect($<HTMLDialogElement>(form, 'dialog').open).to.be.false;
    expect(document.activeElement === s.opener, 'focus is back on the opener').to.be.true;
    await openByClick(s);
    expect($<HTMLTextAreaElement>(form, '#text').value).to.equal('');
  });

  it('keeps typed text when Escape is pressed twice in a row', async () => {
    const s = await setup();
    await openByClick(s);
    const { form } = s;
    await type(form, 'text', 'Half a thought');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await form.updateComplete;
    expect($<HTMLDialogElement>(form, 'dialog').open).to.be.true;
    expect($<HTMLTextAreaElement>(form, '#text').value).to.equal('Half a thought');
  });

  it('closes at once on Escape when nothing was typed, focus back on the opener', async () => {
    const s = await setup();
    await openByClick(s);
    await sendKeys({ press: 'Escape' });
    await s.form.updateComplete;
    expect($<HTMLDialogElement>(s.form, 'dialog').open).to.be.false;
    expect(s.form.open).to.be.false;
    expect(document.activeElement === s.opener, 'focus is back on the opener').to.be.true;
  });

  it('keeps keyboard focus inside the window (Tab from the last control wraps)', async () => {
    const s = await setup();
    await openByClick(s);
    // The platform's modal dialog: Tab never reaches the page behind it (past the last control
    // it may visit the browser's own UI, which headless Chromium reports as the body) and comes back.
    const visited = new Set<string>();
    for (let i = 0; i < 24; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(active === document.body || s.form.shadowRoot!.contains(active), `tab ${i} reached the page behind`).to.be.true;
      expect(active === s.opener, `tab ${i} reached the opener`).to.be.false;
      visited.add(focusedId() || (active?.textContent ?? '').trim());
    }
    for (const id of ['kind', 'occurredAt', 'channel', 'direction', 'type', 'text', 'attachment', 'assignedTo']) {
      expect(visited.has(id), `${id} is reachable by Tab`).to.be.true;
    }
  });

  it('can be filled and saved with the keyboard alone', async () => {
    const s = await setup();
    await openByClick(s);
    const { form, adapter } = s;
    const tabTo = async (found: () => boolean) => {
      for (let i = 0; i < 20 && !found(); i += 1) await sendKeys({ press: 'Tab' });
      expect(found(), 'reached by Tab').to.be.true;
    };
    await tabTo(() => focusedId() === 'direction');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(() => focusedId() === 'text');
    await sendKeys({ type: 'Seller called back about financing' });
    await tabTo(() => deepActiveElement()?.getAttribute('part') === 'submit-button');
    const logged = oneEvent(form, 'rp-external-logged');
    await sendKeys({ press: 'Enter' });
    await logged;
    const [stored] = await messages(adapter);
    expect(stored).to.include({ direction: 'inbound', body: 'Seller called back about financing' });
  });

  it('always assigns the entry to whoever logs it, shown as Assigned To', async () => {
    const dana = new MemoryAdapter({ data: data(), userId: 'staff-dana' });
    const s = await setup({ adapter: dana.withUser('staff-admin') });
    await openByClick(s);
    const { form } = s;
    await waitUntil(() => $<HTMLInputElement>(form, '#assignedTo').value === 'Ari Admin');
    await type(form, 'text', 'Texted about the inspection');
    const logged = oneEvent(form, 'rp-external-logged');
    $(form, '[part~="submit-button"]').click();
    await logged;
    const [stored] = await messages(dana);
    expect(stored.external!.loggedBy).to.equal('staff-admin');
  });

  it('speaks Spanish when its locale is es', async () => {
    const s = await setup();
    s.form.locale = 'es';
    await openByClick(s);
    await waitUntil(() => labelText(s.form, 'channel') === 'Canal de comunicación');
    expect($(s.form, 'h2').textContent).to.equal('Agregar comunicación externa');
    expect([...$<HTMLSelectElement>(s.form, '#type').options].map((o) => o.text))
      .to.deep.equal(['Inicial', 'Seguimiento', 'Sin respuesta', 'Respuesta']);
    // A refused file is told in Spanish too.
    await choose(s.form, 'channel', 'call');
    await attach(s.form, fileOf(PNG, 'grabación.mp3', 'audio/mpeg'));
    expect($(s.form, '#attachment-error').textContent).to.equal(
      'No se puede adjuntar "grabación.mp3": una llamada admite un archivo de audio (MP3, WAV, OGG, M4A o WebM), y el contenido de este archivo no es ninguno de ellos.',
    );
  });

  it('saves a Note, chosen from the Add dropdown, on the conversation’s contact', async () => {
    const s = await setup();
    await openByClick(s);
    const { form, adapter } = s;
    await choose(form, 'kind', 'note');
    expect($(form, 'h2').textContent).to.equal('Add Note');
    expect(has(form, '#channel')).to.be.false;
    expect(labelText(form, 'text')).to.equal('Note');
    await type(form, 'text', 'Prefers calls after 5pm');
    $(form, '[part~="submit-button"]').click();
    await waitUntil(() => !$<HTMLDialogElement>(form, 'dialog').open);
    const notes = await adapter.listNotes('contact-1');
    expect(notes.map((note: { body: string }) => note.body)).to.deep.equal(['Prefers calls after 5pm']);
    expect(await messages(adapter)).to.have.length(0);
  });

  it('can be opened and closed by the host through `open`, `show()` and `close()`', async () => {
    const s = await setup();
    s.form.open = true;
    await waitUntil(() => $<HTMLDialogElement>(s.form, 'dialog').open);
    expect(s.form.hasAttribute('open')).to.be.true;
    s.form.close();
    await waitUntil(() => !$<HTMLDialogElement>(s.form, 'dialog').open);
    s.form.show();
    await waitUntil(() => $<HTMLDialogElement>(s.form, 'dialog').open);
  });

  it('renders text that looks like markup as text', async () => {
    const adapter = new MemoryAdapter({ data: data('<img src=x onerror=alert(1)>'), userId: 'staff-dana' });
    const s = await setup({ adapter });
    await openByClick(s);
    const option = [...$<HTMLSelectElement>(s.form, '#channel').options].at(-1)!;
    expect(option.text).to.equal('<img src=x onerror=alert(1)>');
    expect(has(s.form, 'img')).to.be.false;
  });
});
