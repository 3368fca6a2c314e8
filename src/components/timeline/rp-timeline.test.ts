import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../adapters/memory/index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { frames } from '../../../test/until.js';
import type { RpReplyRequestEvent } from '../../events/timeline.js';
import { T0, generatedMessages, message, showcaseMessages, timelineData } from './timeline-fixtures.js';
import './rp-timeline.js';
import type { RpTimeline } from './rp-timeline.js';

type Messages = Parameters<typeof timelineData>[0];
const NOW = () => new Date(T0 + 300 * 60_000);

async function setup(messages: Messages, options: { unreadCount?: number; height?: string; adapter?: Partial<MemoryAdapterOptions> } = {}) {
  const adapter = new MemoryAdapter({ data: timelineData(messages, options), now: NOW, ...options.adapter });
  const timeline = await fixture<RpTimeline>(html`<rp-timeline conversation-id="conv-1" .adapter=${adapter}
    style="--rp-timeline-height: ${options.height ?? '500px'}"></rp-timeline>`);
  await waitUntil(() => entries(timeline).length > 0 || text(timeline).includes('No communication'), 'the history did not load');
  await frames();
  // Attachments and scheduled or failed states render once their code has loaded.
  await timeline.updateComplete;
  return { timeline, adapter };
}

const root = (timeline: RpTimeline) => timeline.shadowRoot!;
const entries = (timeline: RpTimeline) => [...root(timeline).querySelectorAll<HTMLElement>('[part~="entry"]')];
const entry = (timeline: RpTimeline, body: string) => entries(timeline).find((node) => node.textContent!.includes(body));

/** Scrolls up from the bottom, as a person would, until the entry with this text is rendered. */
async function reveal(timeline: RpTimeline, body: string): Promise<HTMLElement> {
  const list = root(timeline).querySelector<HTMLElement>('[part="list"]')!;
  for (let i = 0; i < 40 && !entry(timeline, body); i += 1) {
    list.scrollTop -= 250;
    await frames();
  }
  return entry(timeline, body)!;
}
const text = (timeline: RpTimeline) => root(timeline).textContent ?? '';

/** Every element in the document, shadow roots included: what the browser must lay out. */
function countElements(node: Node): number {
  let count = 0;
  const walk = (parent: Node) => {
    for (const child of (parent as ParentNode).children ?? []) {
      count += 1;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(node);
  return count;
}

describe('rp-timeline', () => {
  it('sets the contact apart from the organisation, and agents, bots and system texts from each other', async () => {
    const { timeline } = await setup(showcaseMessages());
    const system = await reveal(timeline, 'added as a lead');
    const contact = entry(timeline, 'is the 2019 Tacoma')!;
    const bot = entry(timeline, 'An agent will answer shortly')!;
    const agent = entry(timeline, 'photo of the odometer')!;
    expect(contact.classList.contains('start')).to.be.true;
    expect(agent.classList.contains('end')).to.be.true;
    expect(bot.classList.contains('end') && bot.querySelector('.avatar.bot svg')).to.be.ok;
    expect(agent.querySelector('.avatar')!.textContent!.trim()).to.equal('DW');
    expect(system.classList.contains('center') && system.getAttribute('part')).to.include('entry-system');
    expect(agent.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.equal('Email');
    expect(agent.textContent).to.include('Subject: Inquiry about your 2019 Toyota Tacoma');
    expect(agent.textContent).to.include('From sales@northside.example to sam@example.com');
    expect(contact.textContent).to.include('From +15555550123');
    expect(contact.querySelector('.visually-hidden')!.textContent).to.match(/^Sam Seller, contact, received, Text, /);
  });

  it('marks logged external communications with their direction, type and who logged them', async () => {
    const { timeline } = await setup(showcaseMessages());
    const call = await reveal(timeline, 'Called Sam');
    expect(call.querySelector('[part="external"]')!.textContent!.replace(/\s+/g, ' ').trim())
      .to.equal('External communication · Outbound · Follow-Up · logged by Omar Haddad');
    expect(call.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.equal('Call');
    expect(call.querySelector('audio[controls]')!.getAttribute('aria-label')).to.equal('Call recording call-recording.mp3');
  });

  it('shows images as thumbnails that open larger, PDFs as links and SVGs only as downloads', async () => {
    const { timeline } = await setup(showcaseMessages());
    const withFiles = await reveal(timeline, 'inspection report');
    const pdf = [...withFiles.querySelectorAll('a')].find((link) => link.textContent!.includes('inspection.pdf'))!;
    expect(pdf.textContent).to.match(/inspection\.pdf \(1\.2 MB\)/);
    expect(pdf.hasAttribute('download')).to.be.false;
    const svg = [...withFiles.querySelectorAll('a')].find((link) => link.textContent!.includes('logo.svg'))!;
    expect(svg.getAttribute('download')).to.equal('logo.svg');
    expect(root(timeline).querySelector('img[src^="data:image/svg"]')).to.be.null;
    withFiles.querySelector<HTMLButtonElement>('button[aria-label="Open odometer.png larger"]')!.click();
    await waitUntil(() => root(timeline).querySelector('dialog')?.open);
    expect(root(timeline).querySelector('dialog img')!.getAttribute('alt')).to.equal('odometer.png');
  });

  it('keeps XSS-looking bodies, names, subjects and file names as text', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const { timeline } = await setup([
      message('x1', 0, { body: `${evil} javascript:alert(1) https://ok.example/a`, author: { kind: 'contact', name: `<b>${evil}</b>` } }),
      message('x2', 1, { direction: 'outbound', channel: 'email', subject: evil, body: 'see file', attachments: [
        { id: 'f1', name: `${evil}.pdf`, mimeType: 'application/pdf', size: 10, url: 'javascript:window.__xss=1' },
      ] }),
    ]);
    await frames();
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(root(timeline).querySelector('img[src="x"], b')).to.be.null;
    expect(entry(timeline, 'javascript:alert(1)')!.textContent).to.include(evil);
    expect(text(timeline)).to.include(`<b>${evil}</b>`);
    expect(text(timeline)).to.include(`Subject: ${evil}`);
    const links = [...root(timeline).querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['https://ok.example/a']);
    expect(text(timeline)).to.include(`${evil}.pdf`);
  });

  it('keeps the DOM small with 10,000 messages and shows the newest first', async () => {
    const { timeline } = await setup(generatedMessages(10_000), { height: '600px' });
    expect(countElements(timeline.shadowRoot!)).to.be.below(600);
    expect(entries(timeline).length).to.be.below(40);
    const newest = generatedMessages(10_000).at(-1)!;
    expect(entries(timeline).at(-1)!.textContent).to.include(newest.body).and.include(newest.author.name);
    const list = root(timeline).querySelector<HTMLElement>('[part="list"]')!;
    expect(list.scrollTop + list.clientHeight).to.be.closeTo(list.scrollHeight, 40);
  });

  it('shows the newest entry, filled down to it, when a hidden timeline is shown', async () => {
    const adapter = new MemoryAdapter({ data: timelineData(generatedMessages(2_000)), now: NOW });
    const wrapper = await fixture<HTMLDivElement>(html`<div hidden><rp-timeline conversation-id="conv-1" .adapter=${adapter}
      style="--rp-timeline-height: 500px"></rp-timeline></div>`);
    const timeline = wrapper.querySelector('rp-timeline')!;
    await waitUntil(() => entries(timeline).length > 0, 'the history did not load');
    await frames();
    wrapper.hidden = false;
    const list = root(timeline).querySelector<HTMLElement>('[part="list"]')!;
    await waitUntil(() => {
      const frame = list.getBoundingClientRect();
      const last = entries(timeline).at(-1)!.getBoundingClientRect();
      const first = entries(timeline)[0]!.getBoundingClientRect();
      return Math.abs(last.bottom - frame.bottom) < 40 && first.top <= frame.top;
    }, 'the view did not show the newest entries');
    expect(entries(timeline).at(-1)!.textContent).to.include(generatedMessages(2_000).at(-1)!.body);
  });

  it('keeps focus on an entry\'s action while the rows around it come and go', async () => {
    const { timeline } = await setup(generatedMessages(2_000), { height: '400px' });
    const list = root(timeline).querySelector<HTMLElement>('[part="list"]')!;
    const reply = entries(timeline).at(-1)!.querySelector<HTMLButtonElement>('[part~="reply"]')!;
    const body = entries(timeline).at(-1)!.querySelector('.body')!.textContent;
    reply.focus();
    const before = entries(timeline).map((node) => node.querySelector('.body')!.textContent);
    list.scrollTop -= 150;
    await waitUntil(() => entries(timeline)[0]!.querySelector('.body')!.textContent !== before[0], 'no rows were mounted above');
    expect(root(timeline).activeElement).to.equal(reply);
    expect(reply.closest('[part~="entry"]')!.querySelector('.body')!.textContent).to.equal(body);
  });

  it('loads older pages when scrolled to the top, keeping the entry in view, until the beginning', async () => {
    const { timeline } = await setup(generatedMessages(180), { height: '500px', adapter: { latencyMs: 200 } });
    const list = root(timeline).querySelector<HTMLElement>('[part="list"]')!;
    const inView = (node: Element | undefined) => {
      const box = node?.getBoundingClientRect();
      const frame = list.getBoundingClientRect();
      return !!box && box.bottom > frame.top && box.top < frame.bottom;
    };
    expect(text(timeline)).to.not.include('Beginning of the communication history');
    // The first frames after loading belong to placing the newest entry; a person scrolls after that.
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (let pages = 0; pages < 3; pages += 1) {
      list.scrollTop = 0;
      await frames();
      const top = entries(timeline).find(inView)!;
      const id = top.querySelector('.body')!.textContent! + top.querySelector('time')!.getAttribute('datetime');
      await waitUntil(() => text(timeline).includes('Loading older messages'), 'no older page was asked for');
      await waitUntil(() => !text(timeline).includes('Loading older messages'));
      await frames();
      const again = entries(timeline).find((node) => node.querySelector('.body')!.textContent! + node.querySelector('time')!.getAttribute('datetime') === id);
      expect(inView(again), 'the entry at the top stays in view').to.be.true;
    }
    list.scrollTop = 0;
    await waitUntil(() => text(timeline).includes('Beginning of the communication history'), 'the oldest was not reached');
    const oldest = generatedMessages(1)[0]!;
    expect(entries(timeline)[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(generatedMessages(180)[0]!.occurredAt);
    expect(oldest).to.be.ok;
  });

  it('shows an entry added through a second adapter view, and announces inbound ones politely', async () => {
    const { timeline, adapter } = await setup([message('a', 0), message('b', 1, { direction: 'outbound' })]);
    await adapter.withUser('staff-omar').sendMessage(
      { conversationId: 'conv-1', channel: 'sms', body: 'Sent by Omar from another tab' }, { idempotencyKey: 'k1' });
    await waitUntil(() => entry(timeline, 'Sent by Omar from another tab'), 'the new entry did not appear');
    expect(entry(timeline, 'Sent by Omar')!.textContent).to.include('Omar Haddad');
    await adapter.receiveMessage({ conversationId: 'conv-1', channel: 'sms', body: 'Still available?', from: '+15555550123' });
    await waitUntil(() => entry(timeline, 'Still available?'));
    const live = root(timeline).querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal('New message from Sam Seller: Still available?');
  });

  it('retries a failed message once, however often Retry is pressed, and it stays one message', async () => {
    const { timeline, adapter } = await setup(showcaseMessages(), { adapter: { deliver: () => ({ ok: true }) } });
    const before = (await adapter.listMessages('conv-1', { limit: 500 })).items.length;
    const failed = entry(timeline, 'Reminder: viewing on Saturday')!;
    expect(failed.textContent).to.include('Failed: The carrier rejected the number.');
    const retry = failed.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.click();
    retry.click();
    await waitUntil(() => !entry(timeline, 'Reminder: viewing on Saturday')!.textContent!.includes('Failed'));
    const after = (await adapter.listMessages('conv-1', { limit: 500 })).items;
    expect(after.length).to.equal(before);
    expect(after.filter((item) => item.body === 'Reminder: viewing on Saturday at 10.').map((item) => item.status)).to.deep.equal(['sent']);
    expect(entry(timeline, 'Reminder: viewing on Saturday')!.querySelector('[part="status"]')!.textContent).to.equal('Sent');
  });

  it('shows when a scheduled message will go, in the viewer\'s time zone, and cancels it', async () => {
    const { timeline, adapter } = await setup(showcaseMessages());
    const scheduled = entry(timeline, 'See you tomorrow at 10!')!;
    const when = new Intl.DateTimeFormat('en', {
      year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
    }).format(new Date(T0 + 4000 * 60_000));
    expect(scheduled.querySelector('[part="status"]')!.textContent).to.equal(`Scheduled for ${when}`);
    scheduled.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await waitUntil(() => entry(timeline, 'See you tomorrow at 10!')!.querySelector('[part="status"]')!.textContent === 'Canceled');
    const stored = (await adapter.listMessages('conv-1', { limit: 500 })).items.find((item) => item.id === 'scheduled-1')!;
    expect(stored.status).to.equal('canceled');
  });

  it('groups entries by day under date separators, with the full date and time on each entry', async () => {
    const { timeline } = await setup([message('d1', 0), message('d2', 10), message('d3', 24 * 60 + 5), message('d4', 3 * 24 * 60)]);
    const days = [...root(timeline).querySelectorAll('[part="day-separator"]')].map((node) => node.textContent);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    expect(days).to.deep.equal([0, 24 * 60 + 5, 3 * 24 * 60].map((minutes) => date.format(new Date(T0 + minutes * 60_000))));
    const time = entry(timeline, 'Message d1')!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(new Date(T0).toISOString());
    // The full date is written when the time is pointed at or focused, as its tooltip shows then.
    // (A focus event is dispatched as the browser would: a headless window without system focus sends none.)
    expect(time.hasAttribute('data-full')).to.be.false;
    time.focus();
    time.dispatchEvent(new FocusEvent('focus'));
    expect(time.getAttribute('data-full')).to.include(new Intl.DateTimeFormat('en', { dateStyle: 'full' }).format(new Date(T0)));
  });

  it('puts "New messages" at the first unread entry and marks the conversation read once the newest is seen', async () => {
    const { timeline, adapter } = await setup(
      [message('u1', 0), message('u2', 1, { direction: 'outbound' }), message('u3', 2), message('u4', 3), message('u5', 4, { direction: 'outbound' })],
      { unreadCount: 2 },
    );
    const rows = [...root(timeline).querySelectorAll('[role="listitem"]:not([part~="entry"] *)')];
    const mark = rows.findIndex((row) => row.getAttribute('part') === 'unread-separator');
    expect(mark).to.be.greaterThan(-1);
    expect(rows[mark + 1]!.textContent).to.include('Message u3');
    await waitUntil(async () => (await adapter.getConversation('conv-1')).unreadCount === 0, 'not marked read');
  });

  it('fires rp-reply-request, bubbling and composed, with the conversation and the message', async () => {
    const { timeline } = await setup([message('r1', 0, { body: 'Can I get a price?' })]);
    const heard = oneEvent(document, 'rp-reply-request') as Promise<RpReplyRequestEvent>;
    entry(timeline, 'Can I get a price?')!.querySelector<HTMLButtonElement>('[part~="reply"]')!.click();
    const event = await heard;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.conversationId).to.equal('conv-1');
    expect(event.detail.message.id).to.equal('r1');
  });

  it('lets a keyboard reach the list and each entry\'s actions, and Reply with Enter', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button>
      <rp-timeline conversation-id="conv-1" .adapter=${new MemoryAdapter({ data: timelineData([message('k1', 0, { body: 'Keyboard only' })]), now: NOW })}></rp-timeline></div>`);
    const timeline = wrapper.querySelector('rp-timeline')!;
    await waitUntil(() => entries(timeline).length > 0);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(timeline).activeElement?.getAttribute('part')).to.equal('list');
    await sendKeys({ press: 'Tab' });
    expect(root(timeline).activeElement?.tagName).to.equal('TIME');
    await sendKeys({ press: 'Tab' });
    expect(root(timeline).activeElement?.textContent).to.equal('Reply');
    const heard = oneEvent(timeline, 'rp-reply-request');
    await sendKeys({ press: 'Enter' });
    expect((await heard).detail.message.body).to.equal('Keyboard only');
  });

  it('has no axe violations with every kind of entry and status', async () => {
    const { timeline } = await setup(showcaseMessages());
    await expectNoAxeViolations(timeline);
  });

  it('says "No communication yet" for an empty history, and offers Retry when loading fails', async () => {
    const { timeline } = await setup([]);
    expect(text(timeline)).to.include('No communication yet');
    const adapter = new MemoryAdapter({ data: timelineData([]), now: NOW });
    const broken = await fixture<RpTimeline>(html`<rp-timeline conversation-id="missing" .adapter=${adapter}></rp-timeline>`);
    await waitUntil(() => root(broken).querySelector('[role="alert"]'));
    expect(text(broken)).to.include('The communication history could not be loaded.');
    broken.conversationId = 'conv-1';
    await waitUntil(() => text(broken).includes('No communication yet'));
  });

  it('scrolls to the latest entry on request', async () => {
    const { timeline } = await setup(generatedMessages(300), { height: '400px' });
    const list = root(timeline).querySelector<HTMLElement>('[part="list"]')!;
    list.scrollTop = 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await timeline.scrollToLatest();
    await waitUntil(() => Math.abs(list.scrollTop + list.clientHeight - list.scrollHeight) < 40,
      "not at the latest");
    expect(entries(timeline).at(-1)!.textContent).to.include(generatedMessages(300).at(-1)!.body);
  });
});
