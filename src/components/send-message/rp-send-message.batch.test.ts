import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../adapters/memory/index.js';
import type { RpBatchCompletedEvent } from '../../events/send-message.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { batchAdapter, eligibleBatch, MIXED_BATCH } from './batch.fixtures.js';
import './rp-send-message.js';
import type { RpSendMessage } from './rp-send-message.js';

const batchOf = (el: RpSendMessage) => el.shadowRoot!.querySelector('rp-batch-send')!.shadowRoot!;
const partOf = (el: RpSendMessage, tag: 'rp-batch-summary' | 'rp-batch-progress' | 'rp-batch-report' | 'rp-message-composer') =>
  batchOf(el).querySelector(tag)?.shadowRoot ?? undefined;
const sendButton = (el: RpSendMessage) => batchOf(el).querySelector<HTMLButtonElement>('[part="send"]')!;

function button(root: ShadowRoot, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((node) => node.textContent!.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

async function openBatch(adapter: MemoryAdapter, ids = MIXED_BATCH.map((record) => record.id)): Promise<RpSendMessage> {
  const el = await fixture<RpSendMessage>(html`<rp-send-message conversation-ids=${ids.join(' ')} time-zone="America/Toronto"
    .adapter=${adapter}></rp-send-message>`);
  el.show();
  await waitUntil(() => el.shadowRoot!.querySelector('rp-batch-send')?.shadowRoot?.querySelector('[part="send"]'),
    'the batch form did not load', { timeout: 5000 });
  return el;
}

async function write(el: RpSendMessage, body: string, subject?: string) {
  const composer = partOf(el, 'rp-message-composer')!;
  const box = composer.querySelector<HTMLTextAreaElement>('#message')!;
  box.value = body;
  box.dispatchEvent(new Event('input'));
  if (subject !== undefined) {
    const field = composer.querySelector<HTMLInputElement>('#subject')!;
    field.value = subject;
    field.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
}

async function chooseEmail(el: RpSendMessage) {
  const bar = partOf(el, 'rp-message-composer')!.querySelector('rp-send-template-bar')!.shadowRoot!;
  const select = bar.querySelector<HTMLSelectElement>('select')!;
  select.value = 'email';
  select.dispatchEvent(new Event('change'));
  await waitUntil(() => partOf(el, 'rp-message-composer')!.querySelector('#subject'), 'no Subject for email');
}

async function sendAll(el: RpSendMessage): Promise<RpBatchCompletedEvent> {
  const completed = oneEvent(el, 'rp-batch-completed');
  sendButton(el).click();
  return completed;
}

async function outbound(adapter: MemoryAdapter, ids: string[]) {
  const pages = await Promise.all(ids.map((id) => adapter.listMessages(id)));
  return pages.flatMap((page) => page.items).filter((message) => message.direction === 'outbound');
}

function reportRows(el: RpSendMessage) {
  return [...partOf(el, 'rp-batch-report')!.querySelectorAll('tbody tr')].map((row) => ({
    id: row.getAttribute('data-conversation'), status: row.getAttribute('data-status'), text: row.textContent!.replace(/\s+/g, ' ').trim(),
  }));
}

const ALL_IDS = MIXED_BATCH.map((record) => record.id);

describe('rp-send-message batch (seed 001, Send Messages as Batch Actions)', () => {
  beforeEach(() => sessionStorage.clear());

  it('leaves out every record seed 001 excludes from a text, grouped by reason with names, and says "Send to 2 of 14"', async () => {
    const el = await openBatch(batchAdapter());
    const summary = partOf(el, 'rp-batch-summary')!;
    expect(summary.querySelector('#send-to')!.textContent).to.equal('Send to 2 of 14');
    expect(sendButton(el).textContent!.trim()).to.equal('Send to 2 of 14');
    const groups = Object.fromEntries([...summary.querySelectorAll('details')].map((group) => [
      group.getAttribute('data-reason'), [...group.querySelectorAll('li')].map((item) => item.textContent!.trim())]));
    expect(groups).to.deep.equal({
      dealership: ['Cal Dealer'], 'stage-dnc': ['Kim Stagednc'], 'stage-pass': ['Lou Passed'],
      'unsupported-source': ['Jon Elsewhere'], 'facebook-without-phone': ['Ivy Facebook'], 'no-phone': ['Ned Nophone'],
      'invalid-phone': ['Dee Invalid'], 'not-textable': ['Eve Notext'], blocked: ['Fay Blocked'], 'dnc-phone': ['Gus Dnc'],
      landline: ['Hal Landline'], 'duplicate-phone': ['Max Twice'],
    });
    expect(summary.textContent).to.include('Seller reported as a dealership');
    expect(summary.textContent).to.include('Same phone number already in this batch');
    await expectNoAxeViolations(el);
  });

  it('sends the duplicate phone number once and reports every record with the figures of rp-batch-completed', async () => {
    const adapter = batchAdapter();
    const el = await openBatch(adapter);
    await write(el, 'Is your {{vehicle.make}} still for sale?');
    const event = await sendAll(el);
    const messages = await outbound(adapter, ALL_IDS);
    expect(messages.map((message) => [message.conversationId, message.to, message.body])).to.deep.equal([
      ['b01', '+14165550101', 'Is your Honda still for sale?'], ['b02', '+14165550102', 'Is your Honda still for sale?'],
    ]);
    expect(event.detail).to.include({ total: 14, sent: 2, scheduled: 0, failed: 0, skipped: 12, pending: 0, canceled: false });
    await waitUntil(() => partOf(el, 'rp-batch-report'));
    const rows = reportRows(el);
    expect(rows).to.have.length(14);
    expect(rows.find((row) => row.id === 'b13')!.text).to.equal('Max Twice Skipped Same phone number already in this batch');
    expect(rows.find((row) => row.id === 'b01')!.status).to.equal('sent');
    expect(event.detail.outcomes.map((outcome) => outcome.status)).to.deep.equal(rows.map((row) => row.status));
    expect(partOf(el, 'rp-batch-report')!.querySelector('#totals')!.textContent)
      .to.equal('2 sent · 0 scheduled · 0 failed · 12 skipped · 0 not sent');
    await expectNoAxeViolations(el);
  });

  it('for email, leaves out invalid and missing addresses and fills the default subject per record', async () => {
    const adapter = batchAdapter([
      ...MIXED_BATCH.slice(0, 2),
      { id: 'e1', firstName: 'Oli', lastName: 'Bademail', vehicle: { year: 2017, make: 'Ford', model: 'F-150' } },
      { id: 'e2', firstName: 'Pat', lastName: 'Noemail', contact: { emails: {} } },
      MIXED_BATCH[8]!,
    ]);
    // A record stored before addresses were checked: the adapter holds what an older backend kept.
    (adapter as unknown as { shared: { store: { contacts: Map<string, { emails: { primary: string } }> } } })
      .shared.store.contacts.get('c-e1')!.emails.primary = 'oli@';
    const el = await openBatch(adapter, ['b01', 'b02', 'e1', 'e2', 'b09']);
    await chooseEmail(el);
    const summary = partOf(el, 'rp-batch-summary')!;
    expect(summary.querySelector('#send-to')!.textContent).to.equal('Send to 2 of 5');
    const reasons = [...summary.querySelectorAll('details')].map((group) => group.getAttribute('data-reason'));
    expect(reasons).to.deep.equal(['facebook-without-phone', 'no-email', 'invalid-email']);
    await write(el, 'Hello, I saw your listing.');
    await sendAll(el);
    const messages = await outbound(adapter, ['b01', 'b02']);
    expect(messages.map((message) => [message.to, message.subject])).to.deep.equal([
      ['b01@example.com', 'Inquiry about your 2019 Honda Civic'], ['b02@example.com', 'Inquiry about your 2019 Honda Civic'],
    ]);
  });

  it('downloads the excluded list as CSV with each record, its reason and formula-safe cells', async () => {
    const el = await openBatch(batchAdapter([...MIXED_BATCH.slice(0, 4), { id: 'x1', firstName: '=HYPERLINK("x")', lastName: 'Evil',
      contact: { dealership: true } }]), ['b01', 'b02', 'b03', 'b04', 'x1']);
    const link = partOf(el, 'rp-batch-summary')!.querySelector<HTMLAnchorElement>('[part="download"]')!;
    expect(link.textContent!.trim()).to.equal('Download excluded list (CSV)');
    expect(link.download).to.equal('excluded-records.csv');
    const text = await (await fetch(link.href)).text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Name,Phone,Email,Source,Stage,Reason,Detail');
    expect(lines).to.have.length(4);
    // Phone numbers start with "+", so they carry the spreadsheet formula guard like every other cell.
    expect(lines[1]).to.equal("Cal Dealer,'+16475550002,b03@example.com,AutoTrader,New,Seller reported as a dealership,The seller was reported as a dealership");
    expect(lines[2]).to.include("Dee Invalid,'+10005550100").and.include('Phone number not valid');
    expect(lines[3]).to.match(/^"'=HYPERLINK\(""x""\) Evil",/);
  });

  it('says what is wrong with each excluded record in the element’s language, in its tooltip and the excluded list', async () => {
    const el = await openBatch(batchAdapter());
    const landline = () => partOf(el, 'rp-batch-summary')!.querySelector<HTMLElement>('[data-reason="landline"] li')!;
    expect(landline().title).to.match(/^\+\d+ is a landline$/);
    el.locale = 'es';
    await waitUntil(() => landline().title.includes('es un teléfono fijo'), 'Spanish detail');
    expect(landline().title).to.match(/^\+\d+ es un teléfono fijo$/);
    const link = partOf(el, 'rp-batch-summary')!.querySelector<HTMLAnchorElement>('[part="download"]')!;
    const lines = (await (await fetch(link.href)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Nombre,Teléfono,Correo,Fuente,Etapa,Motivo,Detalle');
    expect(lines.find((line) => line.startsWith('Hal Landline'))).to.match(/,Teléfono fijo,'?\+\d+ es un teléfono fijo$/);
    expect(lines.find((line) => line.startsWith('Cal Dealer'))).to.match(/,El vendedor fue reportado como concesionario$/);
  });

  it('lists records missing a wildcard value; skipping them sends to the rest and never "Hi ,"', async () => {
    const adapter = batchAdapter();
    const el = await openBatch(adapter);
    await write(el, 'Hi {{contact.firstName}}, is it still for sale?');
    sendButton(el).click();
    await el.updateComplete;
    const prompt = await waitUntil(() => batchOf(el).querySelector('[part="missing-wildcards"]'), 'no missing list')
      .then(() => batchOf(el).querySelector('[part="missing-wildcards"]')!);
    expect(prompt.textContent).to.include('1 record(s) have no value for some wildcards');
    expect(prompt.querySelector('li')!.textContent).to.equal('Baker: First Name');
    expect(await outbound(adapter, ['b01', 'b02'])).to.have.length(0);
    const completed = oneEvent(el, 'rp-batch-completed');
    button(batchOf(el), 'Continue').click();
    const event = await completed;
    const messages = await outbound(adapter, ['b01', 'b02']);
    expect(messages.map((message) => message.body)).to.deep.equal(['Hi Ana, is it still for sale?']);
    expect(event.detail).to.include({ sent: 1, skipped: 13 });
    await waitUntil(() => partOf(el, 'rp-batch-report'));
    expect(reportRows(el).find((row) => row.id === 'b02')!.text).to.equal('Baker Skipped Missing: First Name');
  });

  it('gives records missing a value the fallback when the person chooses it', async () => {
    const adapter = batchAdapter();
    const el = await openBatch(adapter);
    await write(el, 'Hi {{contact.firstName}}, is it still for sale?');
    sendButton(el).click();
    await waitUntil(() => batchOf(el).querySelector('[part="missing-wildcards"]'));
    const radios = batchOf(el).querySelectorAll<HTMLInputElement>('input[name="missing-choice"]');
    radios[1]!.click();
    await el.updateComplete;
    const fallback = batchOf(el).querySelector<HTMLInputElement>('#fallback')!;
    expect(fallback.value).to.equal('there');
    fallback.value = 'friend';
    fallback.dispatchEvent(new Event('input'));
    const completed = oneEvent(el, 'rp-batch-completed');
    button(batchOf(el), 'Continue').click();
    await completed;
    const bodies = (await outbound(adapter, ['b01', 'b02'])).map((message) => message.body);
    expect(bodies).to.deep.equal(['Hi Ana, is it still for sale?', 'Hi friend, is it still for sale?']);
  });

  it('resumes after failures: sends to the rest and holds exactly one message per eligible record', async () => {
    let carrierDown = true;
    const adapter = batchAdapter(MIXED_BATCH, {
      deliver: (message) => (carrierDown && message.to === '+14165550102' ? { ok: false, error: 'Carrier unreachable' } : { ok: true }),
    });
    const el = await openBatch(adapter);
    await write(el, 'Still for sale?');
    const first = await sendAll(el);
    expect(first.detail).to.include({ sent: 1, failed: 1 });
    await waitUntil(() => partOf(el, 'rp-batch-report'));
    expect(reportRows(el).find((row) => row.id === 'b02')!.text).to.equal('Baker Failed Carrier unreachable');
    carrierDown = false;
    const second = oneEvent(el, 'rp-batch-completed');
    button(batchOf(el), 'Resume: send to the rest').click();
    expect((await second).detail).to.include({ sent: 2, failed: 0 });
    const messages = await outbound(adapter, ALL_IDS);
    expect(messages.map((message) => [message.conversationId, message.status])).to.deep.equal([['b01', 'sent'], ['b02', 'sent']]);
  });

  it('resumes after a reload without sending to anyone twice', async () => {
    const ids = eligibleBatch(6).map((record) => record.id);
    let down = true;
    const flaky = batchAdapter(eligibleBatch(6), {
      deliver: (message) => (down && message.conversationId >= 'r0004' ? { ok: false, error: 'Gateway timeout' } : { ok: true }),
    });
    const el = await openBatch(flaky, ids);
    await write(el, 'Hello {{contact.firstName}}');
    expect((await sendAll(el)).detail).to.include({ sent: 3, failed: 3 });
    el.remove();
    down = false;
    // A new page: a fresh element over the same backend and the same tab's sessionStorage.
    const again = await fixture<RpSendMessage>(html`<rp-send-message conversation-ids=${ids.join(',')} .adapter=${flaky}></rp-send-message>`);
    again.show();
    await waitUntil(() => again.shadowRoot!.querySelector('rp-batch-send')?.shadowRoot?.textContent?.includes('This batch was interrupted: 3 sent, 3 left to send.'), 'no resume offer');
    const completed = oneEvent(again, 'rp-batch-completed');
    button(batchOf(again), 'Resume').click();
    expect((await completed).detail).to.include({ total: 6, sent: 6, failed: 0 });
    const messages = await outbound(flaky, ids);
    expect(messages.map((message) => message.conversationId)).to.deep.equal(ids);
    expect(messages.map((message) => message.body)).to.deep.equal(ids.map((_, i) => `Hello Seller${i + 1}`));
  });

  it('shows progress while sending and Cancel stops before the next record', async () => {
    const records = eligibleBatch(12);
    const ids = records.map((record) => record.id);
    const adapter = batchAdapter(records, { latencyMs: 40 });
    const el = await openBatch(adapter, ids);
    await write(el, 'Quick question');
    const completed = oneEvent(el, 'rp-batch-completed');
    sendButton(el).click();
    await waitUntil(() => Number(partOf(el, 'rp-batch-progress')?.querySelector('progress')?.value ?? 0) >= 2, 'no progress');
    const progress = partOf(el, 'rp-batch-progress')!;
    expect(progress.querySelector('progress')!.max).to.equal(12);
    expect(progress.querySelector('[part="counts"]')!.textContent).to.match(/of 12 done · \d+ sent · 0 failed · 0 skipped/);
    await expectNoAxeViolations(el);
    button(progress, 'Cancel').click();
    const event = await completed;
    expect(event.detail.canceled).to.equal(true);
    expect(event.detail.pending).to.be.greaterThan(0);
    const sent = await outbound(adapter, ids);
    expect(sent).to.have.length(event.detail.sent);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await outbound(adapter, ids)).to.have.length(event.detail.sent);
    await waitUntil(() => partOf(el, 'rp-batch-report'));
    expect(partOf(el, 'rp-batch-report')!.textContent).to.include('Canceled: the remaining records were not sent.');
    expect(reportRows(el).filter((row) => row.status === 'pending')).to.have.length(event.detail.pending);
  });

  it('schedules one message per record', async () => {
    const records = eligibleBatch(3);
    const ids = records.map((record) => record.id);
    const adapter = batchAdapter(records, { now: () => new Date('2026-01-05T10:00:00Z') });
    const el = await openBatch(adapter, ids);
    await write(el, 'Talk Monday, {{contact.firstName}}');
    const picker = batchOf(el).querySelector('rp-schedule-picker')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await picker.updateComplete;
    const at = picker.shadowRoot!.querySelector<HTMLInputElement>('#at')!;
    at.value = '2030-06-03T09:30';
    at.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(sendButton(el).textContent!.trim()).to.equal('Schedule for 3 of 3');
    const event = await sendAll(el);
    expect(event.detail).to.include({ scheduled: 3, sent: 0 });
    const messages = await outbound(adapter, ids);
    expect(messages.map((message) => [message.status, message.scheduledFor, message.body])).to.deep.equal(
      ids.map((_, i) => ['scheduled', '2030-06-03T13:30:00.000Z', `Talk Monday, Seller${i + 1}`]));
  });

  it('attaches the uploaded file to every record', async () => {
    const records = eligibleBatch(2);
    const ids = records.map((record) => record.id);
    const adapter = batchAdapter(records);
    const el = await openBatch(adapter, ids);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const attachments = partOf(el, 'rp-message-composer')!.querySelector('rp-send-attachments')!.shadowRoot!;
    const input = attachments.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([png], 'car.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => attachments.textContent!.includes('car.png') && !attachments.textContent!.includes('Uploading'), 'no upload');
    await sendAll(el);
    const messages = await outbound(adapter, ids);
    expect(messages.map((message) => message.attachments.map((file) => file.name))).to.deep.equal([['car.png'], ['car.png']]);
  });

  it('shows names as text, not markup', async () => {
    const el = await openBatch(batchAdapter([{ id: 'z1', firstName: '<img src=x onerror=alert(1)>', lastName: 'Dealer',
      contact: { dealership: true } }]), ['z1']);
    const summary = partOf(el, 'rp-batch-summary')!;
    expect(summary.querySelector('img')).to.equal(null);
    expect(summary.querySelector('li')!.textContent).to.equal('<img src=x onerror=alert(1)> Dealer');
    expect(sendButton(el).disabled).to.equal(true);
  });
});
