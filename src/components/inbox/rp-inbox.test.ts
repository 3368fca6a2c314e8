import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../adapters/memory/index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { INBOX_T0, inboxData } from './inbox-fixtures.js';
import './rp-inbox.js';
import type { RpInbox } from './rp-inbox.js';
import { until } from '../../../test/until.js';

// The virtualizer's benign ResizeObserver notice must not fail a test.
window.addEventListener('error', (event) => {
  if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
});

const now = () => new Date(INBOX_T0 + 60 * 60_000);
const adapterFor = (options: { webchat?: boolean } = {}) => new MemoryAdapter({ data: inboxData(options), now });

const shadow = (element: Element | null | undefined) => element?.shadowRoot ?? undefined;
const list = (inbox: RpInbox) => shadow(inbox)!.querySelector('rp-inbox-list')!;
const windowOf = (inbox: RpInbox) => shadow(inbox)!.querySelector('rp-inbox-conversation');
const rows = (inbox: RpInbox) => [...(shadow(list(inbox))?.querySelectorAll<HTMLButtonElement>('[part~="row"]') ?? [])];
const names = (inbox: RpInbox) => rows(inbox).map((row) => row.querySelector('.name')!.textContent!.trim());
const rowFor = (inbox: RpInbox, name: string) => rows(inbox).find((row) => row.textContent!.includes(name));
const byText = (root: ParentNode | undefined, text: string, selector = 'button') =>
  [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])].find((el) => el.textContent!.trim() === text);
const byLabel = (root: ParentNode | undefined, label: string) => root?.querySelector<HTMLElement>(`[aria-label="${label}"]`) ?? undefined;
const composerBox = (inbox: RpInbox) =>
  shadow(shadow(windowOf(inbox))?.querySelector('rp-message-composer'))?.querySelector<HTMLTextAreaElement>('#message');
const timelineText = (inbox: RpInbox) => shadow(shadow(windowOf(inbox))?.querySelector('rp-timeline'))?.textContent ?? '';
const channelSelect = (inbox: RpInbox) => shadow(windowOf(inbox))?.querySelector<HTMLSelectElement>('#channel');

async function mount(adapter: MemoryAdapter, width = '1100px') {
  const inbox = await fixture<RpInbox>(html`<rp-inbox .adapter=${adapter} locale="en"
    style="width:${width};--rp-inbox-height:640px"></rp-inbox>`);
  await until(() => rows(inbox).length > 0 && rows(inbox).every((row) => !row.textContent!.includes('…')), 'the rows');
  return inbox;
}

async function openRow(inbox: RpInbox, name: string) {
  rowFor(inbox, name)!.click();
  await until(() => channelSelect(inbox), 'the composer');
}

async function typeMessage(inbox: RpInbox, text: string) {
  const box = await until(() => composerBox(inbox), 'the message box');
  box.focus();
  await sendKeys({ type: text });
}

const sendButton = (inbox: RpInbox) => shadow(windowOf(inbox))!.querySelector<HTMLButtonElement>('[part="send"]')!;
async function pressSend(inbox: RpInbox) {
  sendButton(inbox).click();
}
async function alt(key: string) {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Alt' });
}

describe('rp-inbox', () => {
  it('finds a contact, starts a conversation, texts them, switches to email, and adds a note in the contact panel', async () => {
    const adapter = adapterFor();
    const inbox = await mount(adapter);
    expect(names(inbox)).to.not.include('Noah Fischer');

    // Find a contact and start a conversation.
    byLabel(shadow(list(inbox)), 'Start a new conversation')!.click();
    const picker = shadow(shadow(inbox)!.querySelector('rp-inbox-new'))!;
    const find = await until(() => picker.querySelector<HTMLInputElement>('#find'), 'the contact search');
    await until(() => picker.activeElement === find, 'focus in the search');
    await sendKeys({ type: 'noa' });
    await until(() => picker.querySelectorAll('[part="result"]').length === 1, 'one result');
    const started = oneEvent(inbox, 'rp-conversation-started');
    (picker.querySelector('[part="result"]') as HTMLElement).click();
    const { conversation } = (await started).detail;
    expect(conversation.contactId).to.equal('c4');
    await until(() => channelSelect(inbox), 'the composer');
    const bar = shadow(windowOf(inbox))!.querySelector('[part="contact-bar"]')!;
    expect(bar.textContent).to.contain('Noah Fischer');
    await until(() => bar.textContent!.includes('Texting +14165550004'), 'the number being texted');
    expect(channelSelect(inbox)!.value).to.equal('sms');

    // Text them, from the second outbound number.
    const from = shadow(windowOf(inbox))!.querySelector<HTMLSelectElement>('#from')!;
    expect([...from.options].map((o) => o.value)).to.deep.equal(['+14165550100', '+14165550199']);
    from.value = '+14165550199';
    from.dispatchEvent(new Event('change'));
    await typeMessage(inbox, 'Hi Noah, the Tacoma is ready for a test drive.');
    const sent = oneEvent(inbox, 'rp-message-sent');
    await pressSend(inbox);
    expect((await sent).detail.message).to.include({ channel: 'sms', from: '+14165550199', to: '+14165550004' });
    await until(() => timelineText(inbox).includes('the Tacoma is ready'), 'the text in the history');
    expect(composerBox(inbox)!.value).to.equal('');

    // Switch to email: the email composer (subject and body) appears.
    const select = channelSelect(inbox)!;
    select.value = 'email';
    select.dispatchEvent(new Event('change'));
    const composerRoot = () => shadow(shadow(windowOf(inbox))!.querySelector('rp-message-composer'))!;
    const subject = await until(() => composerRoot().querySelector<HTMLInputElement>('#subject'), 'the subject');
    await until(() => bar.textContent!.includes('Emailing noah.c4@example.com'), 'the address emailed');
    // The same default subject rp-send-message starts with, replaced here.
    expect(subject.value).to.equal('Inquiry about your vehicle');
    subject.focus();
    subject.select();
    await sendKeys({ type: 'Test drive' });
    await typeMessage(inbox, 'Saturday at 10 works.');
    await pressSend(inbox);
    await until(() => timelineText(inbox).includes('Saturday at 10 works.'), 'the email in the history');
    expect(timelineText(inbox)).to.contain('Test drive');
    const stored = (await adapter.listMessages(conversation.id)).items;
    expect(stored.map((m) => [m.channel, m.subject ?? '', m.body])).to.deep.equal([
      ['sms', '', 'Hi Noah, the Tacoma is ready for a test drive.'],
      ['email', 'Test drive', 'Saturday at 10 works.'],
    ]);
    // The new conversation joined the contacts panel, at the top.
    await until(() => names(inbox)[0] === 'Noah Fischer', 'Noah first in the panel');

    // Open the contact panel and add a note.
    byLabel(bar, 'Show the contact panel')!.click();
    const panel = await until(() => shadow(inbox)!.querySelector('rp-contact-panel'), 'the contact panel');
    const notesTab = await until(() => shadow(panel)?.querySelector<HTMLElement>('#tab-notes'), 'the Notes tab');
    notesTab.click();
    const notes = await until(() => shadow(panel)!.querySelector('rp-notes'), 'the notes');
    const noteBox = await until(() => shadow(notes)?.querySelector<HTMLTextAreaElement>('#new-note'), 'the note box');
    noteBox.focus();
    await sendKeys({ type: 'Wants a Saturday test drive' });
    const added = oneEvent(inbox, 'rp-note-added');
    byText(shadow(notes), 'Add note')!.click();
    expect((await added).detail.note.body).to.equal('Wants a Saturday test drive');
    expect((await adapter.listNotes('c4')).map((n) => n.body)).to.deep.equal(['Wants a Saturday test drive']);
  });

  it('lists newest activity first with preview, time and unread count; views and search narrow it', async () => {
    const inbox = await mount(adapterFor());
    expect(names(inbox)).to.deep.equal(['Lucía Reyes', 'Marc Dubois', 'Priya Natarajan']);
    const lucia = rowFor(inbox, 'Lucía')!;
    expect(lucia.textContent).to.contain('Can I see it Saturday?');
    expect(lucia.textContent).to.contain('2 unread');
    expect(lucia.querySelector('time')).to.exist;
    expect(lucia.querySelector('svg[aria-label="SMS"]')).to.exist;
    // Text that looks like markup is shown as text.
    expect(rowFor(inbox, 'Priya')!.querySelector('img')).to.equal(null);
    expect(rowFor(inbox, 'Priya')!.textContent).to.contain('<img src=x onerror=alert(1)> hello');

    const root = shadow(list(inbox))!;
    byText(root, 'Mine')!.click();
    await until(() => names(inbox).join() === 'Lucía Reyes,Priya Natarajan', 'the Mine view');
    byText(root, 'Unread')!.click();
    await until(() => names(inbox).join() === 'Lucía Reyes', 'the Unread view');
    byText(root, 'All')!.click();
    await until(() => names(inbox).length === 3, 'the All view');
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Search for a contact in the selected view');
    search.focus();
    await sendKeys({ type: 'marc' });
    await until(() => names(inbox).join() === 'Marc Dubois', 'the search result');
    await sendKeys({ type: 'zzz' });
    await until(() => root.textContent!.includes('No conversation matches “marczzz”.'), 'no match');
  });

  it('moves a conversation to the top when a message arrives, from another agent or from the contact', async () => {
    const adapter = adapterFor();
    const inbox = await mount(adapter);
    expect(names(inbox)[2]).to.equal('Priya Natarajan');
    const omar = adapter.withUser('omar');
    await omar.sendMessage({ conversationId: 'k3', channel: 'sms', body: 'Omar here: price confirmed.' }, { idempotencyKey: 'omar-1' });
    await until(() => names(inbox)[0] === 'Priya Natarajan', 'Priya first');
    await until(() => rowFor(inbox, 'Priya')!.textContent!.includes('Omar here: price confirmed.'), 'the new preview');
    await adapter.receiveMessage({ conversationId: 'k2', channel: 'sms', body: 'Still there?' });
    await until(() => names(inbox).join() === 'Marc Dubois,Priya Natarajan,Lucía Reyes', 'Marc first');
    expect(rowFor(inbox, 'Marc')!.textContent).to.contain('1 unread');
  });

  it('uses the default channel and availability rules, and marks a web chat message unread by the contact', async () => {
    const adapter = adapterFor();
    const inbox = await mount(adapter);
    await openRow(inbox, 'Priya');
    const select = channelSelect(inbox)!;
    // Priya has no email address: Email is offered, disabled, with the reason.
    const email = [...select.options].find((o) => o.value === 'email')!;
    expect(email.disabled).to.equal(true);
    expect(email.textContent).to.contain('No email address');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['sms', 'email', 'webchat']);
    select.value = 'webchat';
    select.dispatchEvent(new Event('change'));
    await typeMessage(inbox, 'Chat reply');
    await pressSend(inbox);
    await until(() => rowFor(inbox, 'Priya')!.textContent!.includes('Unread by contact'), 'unread by contact in the row');
    expect(shadow(windowOf(inbox))!.querySelector('[part="unread-by-contact"]')).to.exist;
  });

  it('does not offer Web Chat when the account does not have it', async () => {
    const plain = await mount(adapterFor({ webchat: false }));
    await openRow(plain, 'Lucía');
    expect([...channelSelect(plain)!.options].map((o) => o.value)).to.deep.equal(['sms', 'email']);
  });

  it('sends once when Send is pressed twice', async () => {
    const adapter = adapterFor();
    const inbox = await mount(adapter);
    await openRow(inbox, 'Marc');
    await typeMessage(inbox, 'Only once');
    const button = sendButton(inbox);
    button.click();
    button.click();
    await until(() => timelineText(inbox).includes('Only once'), 'the message');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const bodies = (await adapter.listMessages('k2')).items.map((m) => m.body);
    expect(bodies.filter((b) => b === 'Only once')).to.have.length(1);
  });

  it('refuses an empty message with a reason and keeps the subject typed', async () => {
    const inbox = await mount(adapterFor());
    await openRow(inbox, 'Lucía');
    await pressSend(inbox);
    await until(() => shadow(windowOf(inbox))!.querySelector('[part="problem"]'), 'the problem');
    expect(shadow(windowOf(inbox))!.querySelector('[part="problem"]')!.textContent).to.contain('Write a message first.');
  });

  it('moves between conversations and into the composer from the keyboard, and lists the shortcuts', async () => {
    const inbox = await mount(adapterFor());
    rows(inbox)[0]!.focus();
    await alt('ArrowDown');
    expect(inbox.conversationId).to.equal('k1');
    await alt('ArrowDown');
    expect(inbox.conversationId).to.equal('k2');
    await alt('ArrowUp');
    expect(inbox.conversationId).to.equal('k1');
    await until(() => composerBox(inbox), 'the composer');
    await alt('KeyC');
    await until(() => shadow(shadow(windowOf(inbox))!.querySelector('rp-message-composer'))!.activeElement === composerBox(inbox), 'focus in the composer');
    // Typing "?" in the composer writes it; it does not open the help.
    await sendKeys({ type: '?' });
    expect(composerBox(inbox)!.value).to.equal('?');
    const help = shadow(inbox)!.querySelector<HTMLDialogElement>('#help')!;
    expect(help.open).to.equal(false);
    byLabel(shadow(inbox), 'Keyboard shortcuts (?)')!.click();
    await until(() => help.open, 'the help dialog');
    expect(help.textContent).to.contain('Next conversation');
    expect(help.textContent).to.contain('Alt + C');
    await sendKeys({ press: 'Escape' });
    await until(() => !help.open, 'the help closed');
  });

  it('shows one column at a time on a narrow screen, with back navigation', async () => {
    const inbox = await mount(adapterFor(), '380px');
    await until(() => inbox.narrow, 'the narrow layout');
    const column = (name: string) => shadow(inbox)!.querySelector<HTMLElement>(`[part="${name}"]`)!;
    expect(column('dialog-column').hidden).to.equal(true);
    await openRow(inbox, 'Marc');
    expect(column('list-column').hidden).to.equal(true);
    expect(column('dialog-column').hidden).to.equal(false);
    const bar = shadow(windowOf(inbox))!;
    byLabel(bar, 'Show the contact panel')!.click();
    await until(() => shadow(inbox)!.querySelector('rp-contact-panel'), 'the contact panel');
    expect(column('dialog-column').hidden).to.equal(true);
    byText(shadow(inbox), '← Back to the conversation')!.click();
    await until(() => !column('dialog-column').hidden, 'the conversation again');
    byLabel(bar, 'Back to the conversations')!.click();
    await until(() => !column('list-column').hidden, 'the list again');
    expect(column('dialog-column').hidden).to.equal(true);
  });

  it('opens the quick edit from the avatar and shows the change in the contact bar', async () => {
    const adapter = adapterFor();
    const inbox = await mount(adapter);
    await openRow(inbox, 'Marc');
    const bar = shadow(windowOf(inbox))!;
    const avatar = await until(() => bar.querySelector<HTMLButtonElement>('[part="avatar"]'), 'the avatar');
    expect(avatar.querySelector('.visually-hidden')!.textContent).to.equal('Edit Marc Dubois');
    avatar.click();
    const form = shadow(inbox)!.querySelector('rp-contact-form')!;
    await until(() => form.open && shadow(form)?.querySelector('dialog[open]'), 'the quick edit');
    await adapter.updateContact('c2', { firstName: 'Marco' }, { version: 1 });
    await until(() => bar.querySelector('[part="name"]')!.textContent === 'Marco Dubois', 'the new name');
  });

  it('says when there are no conversations, and when they cannot be loaded', async () => {
    const empty = new MemoryAdapter({ data: { ...inboxData(), conversations: [], messages: [] }, now });
    const inbox = await fixture<RpInbox>(html`<rp-inbox .adapter=${empty} style="width:1000px"></rp-inbox>`);
    await until(() => shadow(list(inbox))?.textContent!.includes('No conversations yet'), 'the empty state');
    expect(shadow(inbox)!.textContent).to.contain('Choose a conversation');

    const failing = new MemoryAdapter({ data: inboxData(), now, failureRate: 1 });
    const broken = await fixture<RpInbox>(html`<rp-inbox .adapter=${failing} style="width:1000px"></rp-inbox>`);
    await until(() => shadow(list(broken))?.querySelector('[role="alert"]'), 'the error');
    expect(byText(shadow(list(broken))!.querySelector('[role="alert"]')!, 'Retry')).to.exist;
  });

  it('speaks Spanish', async () => {
    await import('../../i18n/es/index.js');
    const inbox = await fixture<RpInbox>(html`<rp-inbox .adapter=${adapterFor()} locale="es" style="width:1000px"></rp-inbox>`);
    await until(() => rows(inbox).length === 3, 'the rows');
    expect(shadow(list(inbox))!.textContent).to.contain('Panel de contactos');
    expect(byText(shadow(list(inbox)), 'No leídas')).to.exist;
  });

  it('has no axe violations with a conversation open', async () => {
    const inbox = await mount(adapterFor());
    await openRow(inbox, 'Lucía');
    await until(() => timelineText(inbox).includes('Can I see it Saturday?'), 'the history');
    await expectNoAxeViolations(inbox);
  });

  it('opens a conversation of the demo data set with a channel chosen and the outbound number on the bar', async () => {
    const demo = MemoryAdapter.demo();
    const inbox = await mount(demo);
    rows(inbox)[0]!.click();
    const select = await until(() => channelSelect(inbox), 'the composer');
    expect(select.value).to.not.equal('');
    demo.dispose();
  });
});
