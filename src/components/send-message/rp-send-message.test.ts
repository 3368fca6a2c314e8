import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../adapters/memory/index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { sendMessageAdapter, sendMessageData } from './send-message.fixtures.js';
import './rp-send-message.js';
import type { RpSendMessage } from './rp-send-message.js';

type Root = ShadowRoot;
const composerOf = (el: RpSendMessage) => el.shadowRoot!.querySelector('rp-message-composer')!.shadowRoot!;
const buttonOf = (el: RpSendMessage) => el.shadowRoot!.querySelector('rp-send-button')!.shadowRoot!;
const templateBarOf = (el: RpSendMessage) => composerOf(el).querySelector('rp-send-template-bar')!.shadowRoot!;
const attachmentsOf = (el: RpSendMessage) => composerOf(el).querySelector('rp-send-attachments')!.shadowRoot!;
const sendButton = (el: RpSendMessage) => buttonOf(el).querySelector<HTMLButtonElement>('[part="send"]')!;

function byText(root: Root | Element, selector: string, text: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((node) => node.textContent!.trim().includes(text));
  if (!found) throw new Error(`No ${selector} with text "${text}"`);
  return found;
}

async function openDialog(adapter: MemoryAdapter = sendMessageAdapter()): Promise<RpSendMessage> {
  const el = await fixture<RpSendMessage>(html`<rp-send-message conversation-id="v1" .adapter=${adapter}></rp-send-message>`);
  el.show();
  await waitUntil(() => el.shadowRoot!.querySelector('rp-send-button'), 'the form did not load');
  await el.updateComplete;
  return el;
}

async function type(el: RpSendMessage, text: string) {
  const box = composerOf(el).querySelector<HTMLTextAreaElement>('#message')!;
  box.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function messagesOf(adapter: MemoryAdapter) {
  return (await adapter.listMessages('v1')).items;
}

describe('rp-send-message', () => {
  it('sends one message when Send is double-clicked', async () => {
    const adapter = sendMessageAdapter(sendMessageData(), { latencyMs: 50 });
    const el = await openDialog(adapter);
    await type(el, 'Hello there');
    const sent = oneEvent(el, 'rp-message-sent');
    sendButton(el).click();
    sendButton(el).click();
    const event = await sent;
    expect(event.detail.message.body).to.equal('Hello there');
    expect(await messagesOf(adapter)).to.have.length(1);
    expect(el.open).to.equal(false);
  });

  it('sends one message when Enter is pressed twice on Send', async () => {
    const adapter = sendMessageAdapter(sendMessageData(), { latencyMs: 50 });
    const el = await openDialog(adapter);
    await type(el, 'Still for sale?');
    sendButton(el).focus();
    const sent = oneEvent(el, 'rp-message-sent');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sent;
    expect(await messagesOf(adapter)).to.have.length(1);
  });

  it('preselects the channel of the last non-external message', async () => {
    const at = (minute: number) => `2026-01-06T10:0${minute}:00.000Z`;
    const author = { kind: 'agent' as const, id: 'agent', name: 'Dana Whitfield' };
    const el = await openDialog(sendMessageAdapter(sendMessageData({ messages: [
      { id: 'm1', conversationId: 'v1', channel: 'sms', direction: 'outbound', author, body: 'a', occurredAt: at(1), status: 'sent' },
      { id: 'm2', conversationId: 'v1', channel: 'email', direction: 'outbound', author, body: 'b', subject: 's', occurredAt: at(2), status: 'sent' },
      { id: 'm3', conversationId: 'v1', channel: 'sms', direction: 'outbound', author, body: 'c', occurredAt: at(3), status: 'sent',
        external: { type: 'follow-up', loggedBy: 'agent' } },
    ] })));
    expect(buttonOf(el).querySelector('[part="channel-toggle"]')!.textContent).to.include('Email');
    expect(composerOf(el).querySelector<HTMLInputElement>('#subject')!.value).to.equal('Inquiry about your 2019 Honda Civic');
  });

  it('defaults to Text, shows no Subject, and sends to the mobile', async () => {
    const adapter = sendMessageAdapter();
    const el = await openDialog(adapter);
    expect(buttonOf(el).querySelector('[part="channel-toggle"]')!.textContent).to.include('Text');
    expect(composerOf(el).querySelector('#subject')).to.equal(null);
    await type(el, 'Hi');
    sendButton(el).click();
    const event = await oneEvent(el, 'rp-message-sent');
    expect(event.detail.message.channel).to.equal('sms');
    expect(event.detail.message.to).to.equal('+14165550123');
  });

  it('names the text box Message Content, under the Message section, with its wildcards captioned (seed 001)', async () => {
    const el = await openDialog(sendMessageAdapter());
    const composer = composerOf(el);
    const box = composer.querySelector('textarea')!;
    const labelOf = (target: Element, attribute: string) =>
      target.getAttribute(attribute)!.split(' ').map((id) => composer.getElementById(id)!.textContent!.trim()).join(' ');
    expect(composer.querySelector(`label[for="${box.id}"]`)!.textContent!.trim()).to.equal('Message Content');
    expect(labelOf(box.closest('section')!, 'aria-labelledby')).to.equal('Message');
    const wildcards = composer.querySelector('[part="wildcards"]')!;
    expect(wildcards.getAttribute('role')).to.equal('group');
    expect(labelOf(wildcards, 'aria-labelledby')).to.equal('Wildcards');
    expect(composer.getElementById(wildcards.getAttribute('aria-labelledby')!)!.checkVisibility()).to.equal(true);
  });

  it('disables Text with its reason when the contact has no mobile, and falls back to Email with the default subject', async () => {
    const adapter = sendMessageAdapter(sendMessageData({ contact: { phones: {} } }));
    const el = await openDialog(adapter);
    buttonOf(el).querySelector<HTMLButtonElement>('[part="channel-toggle"]')!.click();
    await el.updateComplete;
    await (buttonOf(el).host as RpSendMessage).updateComplete;
    const text = byText(buttonOf(el), '[role="menuitemradio"]', 'Text');
    expect(text.getAttribute('aria-disabled')).to.equal('true');
    expect(text.textContent).to.include('No mobile number for this contact');
    text.click();
    await el.updateComplete;
    expect(buttonOf(el).querySelector('[part="channel-toggle"]')!.textContent).to.include('Email');
    await type(el, 'Is it available?');
    sendButton(el).click();
    const event = await oneEvent(el, 'rp-message-sent');
    expect(event.detail.message.subject).to.equal('Inquiry about your 2019 Honda Civic');
  });

  it('disables Send and says why when no channel is available', async () => {
    const el = await openDialog(sendMessageAdapter(sendMessageData({ contact: { phones: {}, emails: {} } })));
    expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="no-channel"]')!.textContent!.trim()).to.equal('No communication channel is available for this contact');
    // In Spanish too, not the domain's English.
    el.locale = 'es';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="no-channel"]')!.textContent!.includes('para este contacto'), 'Spanish reason');
    expect(el.shadowRoot!.querySelector('[part="no-channel"]')!.textContent!.trim()).to.equal('No hay ningún canal de comunicación disponible para este contacto');
  });

  it('asks before a template replaces typed text, and fills it once confirmed', async () => {
    const el = await openDialog();
    await type(el, 'My own words');
    await waitUntil(() => templateBarOf(el).querySelectorAll('#template option').length > 1, 'templates did not load');
    const select = templateBarOf(el).querySelector<HTMLSelectElement>('#template')!;
    select.value = 't1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const bar = templateBarOf(el);
    await (bar.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(bar.querySelector('[role="alertdialog"]')!.textContent).to.include('Replace what you typed?');
    expect(composerOf(el).querySelector<HTMLTextAreaElement>('#message')!.value).to.equal('My own words');
    byText(bar, 'button', 'Replace').click();
    await el.updateComplete;
    await (composerOf(el).host as RpSendMessage).updateComplete;
    expect(composerOf(el).querySelector<HTMLTextAreaElement>('#message')!.value)
      .to.equal('Hi {{contact.firstName}}, is your {{vehicle.make}} still for sale?');
    expect(composerOf(el).querySelector('[part="preview"]')!.textContent).to.include('Hi Sam, is your Honda still for sale?');
  });

  it('names wildcards with no value before sending; Go back sends nothing, the fallback sends once', async () => {
    const adapter = sendMessageAdapter(sendMessageData({ contact: { firstName: undefined } }));
    const el = await openDialog(adapter);
    await type(el, 'Hi ');
    byText(composerOf(el), '[part="wildcards"] button', 'First Name').click();
    await el.updateComplete;
    expect(composerOf(el).querySelector<HTMLTextAreaElement>('#message')!.value).to.equal('Hi {{contact.firstName}}');
    sendButton(el).click();
    await el.updateComplete;
    const warning = el.shadowRoot!.querySelector('[part="missing-wildcards"]')!;
    expect(warning.textContent).to.include('First Name');
    byText(el.shadowRoot!, 'button', 'Go back').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="missing-wildcards"]')).to.equal(null);
    expect(await messagesOf(adapter)).to.have.length(0);
    sendButton(el).click();
    await el.updateComplete;
    const sent = oneEvent(el, 'rp-message-sent');
    byText(el.shadowRoot!, 'button', 'Send with fallback').click();
    expect((await sent).detail.message.body).to.equal('Hi there');
    expect(await messagesOf(adapter)).to.have.length(1);
  });

  it('inserts values literally: $& and tokens inside a value come out as written, markup as text', async () => {
    const adapter = sendMessageAdapter(sendMessageData({ contact: { firstName: '$& {{contact.email}}', lastName: '<img src=x onerror=alert(1)>' } }));
    const el = await openDialog(adapter);
    await type(el, 'Hi ');
    byText(composerOf(el), '[part="wildcards"] button', 'Full Name').click();
    await el.updateComplete;
    const preview = composerOf(el).querySelector('[part="preview"]')!;
    expect(preview.textContent).to.include('Hi $& {{contact.email}} <img src=x onerror=alert(1)>');
    expect(preview.querySelector('img')).to.equal(null);
    sendButton(el).click();
    const event = await oneEvent(el, 'rp-message-sent');
    expect(event.detail.message.body).to.equal('Hi $& {{contact.email}} <img src=x onerror=alert(1)>');
  });

  it('counts characters and segments after filling wildcards, and names the characters that force UCS-2', async () => {
    const el = await openDialog();
    await type(el, 'Hi {{contact.firstName}}');
    const counter = () => composerOf(el).querySelector('[part="counter"]')!.textContent!.replace(/\s+/g, ' ');
    expect(counter()).to.include('6 characters');
    expect(counter()).to.include('1 SMS segment(s)');
    expect(counter()).to.include('GSM-7');
    await type(el, ' ✓');
    expect(counter()).to.include('UCS-2');
    expect(counter()).to.include('because of: ✓');
  });

  it('refuses a file whose bytes are not an image or PDF, naming it, and attaches a real PNG', async () => {
    const adapter = sendMessageAdapter();
    const el = await openDialog(adapter);
    const input = attachmentsOf(el).querySelector<HTMLInputElement>('#file')!;
    const put = async (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => !attachmentsOf(el).querySelector('[role="status"]') && input.files!.length === 0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await put(new File(['just some text, not an image'], 'photo.png', { type: 'image/png' }));
    await waitUntil(() => attachmentsOf(el).querySelector('[part="refusals"]'), 'no refusal shown');
    expect(attachmentsOf(el).querySelector('[part="refusals"]')!.textContent).to.include('"photo.png"');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await put(new File([png, new Uint8Array(6 * 1024 * 1024 - png.length)], 'big.png', { type: 'image/png' }));
    await waitUntil(() => attachmentsOf(el).querySelector('[part="refusals"]')?.textContent?.includes('big.png'), 'no size refusal shown');
    expect(attachmentsOf(el).querySelector('[part="refusals"]')!.textContent).to.include('"big.png" is 6 MB; a message attachment can be at most 5 MB.');
    await put(new File([png], 'car.png', { type: 'image/png' }));
    await waitUntil(() => attachmentsOf(el).querySelector('[part="attachments"] li'), 'the PNG was not attached');
    expect(attachmentsOf(el).querySelector('[part="attachments"]')!.textContent).to.include('car.png');
    sendButton(el).click();
    const event = await oneEvent(el, 'rp-message-sent');
    expect(event.detail.message.attachments.map((file: { name: string }) => file.name)).to.deep.equal(['car.png']);
  });

  it('schedules a message for a future time shown with its time zone', async () => {
    const adapter = sendMessageAdapter();
    const el = await fixture<RpSendMessage>(html`<rp-send-message conversation-id="v1" time-zone="America/Toronto"
      .adapter=${adapter}></rp-send-message>`);
    el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('rp-schedule-picker'), 'no Schedule');
    await type(el, 'See you Monday');
    const picker = el.shadowRoot!.querySelector('rp-schedule-picker')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await picker.updateComplete;
    expect(picker.shadowRoot!.textContent).to.include('America/Toronto');
    const at = picker.shadowRoot!.querySelector<HTMLInputElement>('#at')!;
    at.value = '2030-03-10T02:30';
    at.dispatchEvent(new Event('input'));
    await picker.updateComplete;
    expect(picker.shadowRoot!.textContent).to.include('does not exist');
    sendButton(el).click();
    await el.updateComplete;
    expect(await messagesOf(adapter)).to.have.length(0);
    at.value = '2030-06-03T09:30';
    at.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const scheduled = oneEvent(el, 'rp-message-scheduled');
    sendButton(el).click();
    const event = await scheduled;
    expect(event.detail.message.status).to.equal('scheduled');
    expect(event.detail.message.scheduledFor).to.equal('2030-06-03T13:30:00.000Z');
  });

  it('keeps the draft after a failure and Retry, under the same key, makes one message', async () => {
    let deliveries = 0;
    const adapter = sendMessageAdapter(sendMessageData(), {
      deliver: () => (++deliveries === 1 ? { ok: false, error: 'The carrier did not answer.' } : { ok: true }),
    });
    const el = await openDialog(adapter);
    await type(el, 'Try me');
    sendButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="problem"]'), 'no failure shown');
    expect(el.shadowRoot!.querySelector('[part="problem"]')!.textContent).to.include('The carrier did not answer.');
    expect(composerOf(el).querySelector<HTMLTextAreaElement>('#message')!.value).to.equal('Try me');
    const sent = oneEvent(el, 'rp-message-sent');
    byText(el.shadowRoot!, '[part="problem"] button', 'Retry').click();
    await sent;
    const messages = await messagesOf(adapter);
    expect(messages).to.have.length(1);
    expect(messages[0].status).to.equal('sent');
  });

  it('retries after a timeout without sending twice', async () => {
    const adapter = sendMessageAdapter();
    const original = adapter.sendMessage.bind(adapter);
    let calls = 0;
    const keys: string[] = [];
    adapter.sendMessage = async (draft, options) => {
      keys.push(options.idempotencyKey);
      const message = await original(draft, options);
      if (++calls === 1) throw new (await import('../../adapters/errors.js')).RapportError('unavailable', 'timed out');
      return message;
    };
    const el = await openDialog(adapter);
    await type(el, 'Once only');
    sendButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="problem"]'), 'no failure shown');
    const sent = oneEvent(el, 'rp-message-sent');
    byText(el.shadowRoot!, '[part="problem"] button', 'Retry').click();
    await sent;
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(await messagesOf(adapter)).to.have.length(1);
  });

  it('tells a Standard account why there is no form', async () => {
    const el = await fixture<RpSendMessage>(html`<rp-send-message conversation-id="v1"
      .adapter=${sendMessageAdapter(sendMessageData({ tier: 'standard' }))}></rp-send-message>`);
    el.show();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Standard accounts'), 'no explanation');
    expect(el.shadowRoot!.querySelector('rp-message-composer')).to.equal(null);
  });

  it('returns focus to the opener, and asks to keep a draft that comes back on reopening', async () => {
    const adapter = sendMessageAdapter();
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="opener">Message</button>
      <rp-send-message conversation-id="v1" .adapter=${adapter}></rp-send-message></div>`);
    const el = wrapper.querySelector('rp-send-message')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    opener.addEventListener('click', () => el.show());
    opener.focus();
    opener.click();
    await waitUntil(() => el.shadowRoot!.querySelector('rp-send-button'), 'the form did not load');
    await type(el, 'Half a thought');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="discard-prompt"]')!.textContent).to.include('Keep this draft?');
    byText(el.shadowRoot!, '[part="discard-prompt"] button', 'Keep draft').click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    opener.click();
    await waitUntil(() => el.shadowRoot!.querySelector('rp-message-composer')?.shadowRoot?.querySelector<HTMLTextAreaElement>('#message')?.value === 'Half a thought',
      'the draft did not come back');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.dialog-header button')!.click();
    await el.updateComplete;
    byText(el.shadowRoot!, '[part="discard-prompt"] button', 'Discard').click();
    await el.updateComplete;
    expect(document.activeElement).to.equal(opener);
    opener.click();
    await waitUntil(() => el.shadowRoot!.querySelector('rp-message-composer'));
    await el.updateComplete;
    expect(composerOf(el).querySelector<HTMLTextAreaElement>('#message')!.value).to.equal('');
  });

  it('saves a local template, and shows the refusal when an agent makes a global one', async () => {
    const adapter = sendMessageAdapter();
    const el = await openDialog(adapter);
    await type(el, 'Thanks {{contact.firstName}}!');
    const bar = templateBarOf(el);
    const host = bar.host as HTMLElement & { updateComplete: Promise<unknown> };
    byText(bar, 'button', 'Create template').click();
    await host.updateComplete;
    const name = bar.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Thanks';
    name.dispatchEvent(new Event('input'));
    const scope = bar.querySelector<HTMLSelectElement>('#scope')!;
    scope.value = 'global';
    scope.dispatchEvent(new Event('change'));
    await host.updateComplete;
    byText(bar, 'button', 'Save').click();
    await waitUntil(() => bar.querySelector('[role="alert"]'), 'no refusal shown');
    expect(bar.querySelector('[role="alert"]')!.textContent).to.include('permission');
    scope.value = 'local';
    scope.dispatchEvent(new Event('change'));
    await host.updateComplete;
    byText(bar, 'button', 'Save').click();
    await waitUntil(async () => (await adapter.listTemplates({ messageType: 'text' })).some((t) => t.name === 'Thanks'));
    const saved = (await adapter.listTemplates({ messageType: 'text' })).find((t) => t.name === 'Thanks')!;
    expect(saved.scope).to.equal('local');
    expect(saved.body).to.equal('Thanks {{contact.firstName}}!');
  });

  it('has no axe violations when open', async () => {
    const el = await openDialog();
    await type(el, 'Hello {{contact.firstName}}');
    await expectNoAxeViolations(el);
  });

  it('loads the emoji picker on first use, from the packaged data, and inserts the emoji at the caret', async () => {
    const el = await openDialog();
    await type(el, 'Thanks!');
    const box = composerOf(el).querySelector<HTMLTextAreaElement>('#message')!;
    box.setSelectionRange(6, 6);
    expect(composerOf(el).querySelector('emoji-picker')).to.equal(null);
    byText(composerOf(el), 'button', 'Emoji').click();
    await waitUntil(() => composerOf(el).querySelector('emoji-picker'), 'the picker did not load');
    const picker = composerOf(el).querySelector('emoji-picker') as HTMLElement & { dataSource: string };
    expect(picker.dataSource).to.include('/node_modules/emoji-picker-element-data/');
    await waitUntil(() => picker.shadowRoot?.querySelector('.emoji-menu button'), 'no emoji shown', { timeout: 8000 });
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.emoji-menu button')!.click();
    await waitUntil(() => box.value !== 'Thanks!', 'nothing inserted', { timeout: 5000 });
    expect(box.value.startsWith('Thanks')).to.equal(true);
    expect(box.value.endsWith('!')).to.equal(true);
    expect(box.value.length).to.be.greaterThan('Thanks!'.length);
  });
});
