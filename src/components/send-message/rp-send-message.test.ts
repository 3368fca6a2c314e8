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
});
