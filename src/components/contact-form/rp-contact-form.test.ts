import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../adapters/memory/index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import type { RpContactSavedEvent } from '../../events/contact-form.js';
import './rp-contact-form.js';
import type { RpContactForm } from './rp-contact-form.js';

const T0 = '2026-01-01T00:00:00.000Z';
const data = () => ({
  staff: [
    { id: 'admin', name: 'Dana Whitfield', role: 'admin' as const },
    { id: 'agent', name: 'Sam Ortiz', role: 'agent' as const },
  ],
  account: {
    id: 'acc', name: 'Northside', tier: 'professional' as const, country: 'US',
    features: {}, smsNumbers: [], emailAddresses: [],
  },
  contacts: [{ id: 'c1', version: 1, lastName: 'Rossi', firstName: 'José', ownerId: 'admin', createdAt: T0, updatedAt: T0,
    phones: { mobile: { number: '+14155552671' } }, emails: { primary: 'jose@example.com' } }],
});

const root = (form: RpContactForm) => form.shadowRoot!;
const field = (form: RpContactForm, name: string) => root(form).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const errorOf = (form: RpContactForm, name: string) =>
  root(form).querySelector(`#f-${name.replace('.', '-')}-error`)?.textContent?.trim() ?? '';
const button = (form: RpContactForm, text: string) =>
  [...root(form).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

async function type(form: RpContactForm, name: string, text: string) {
  const input = field(form, name);
  input.focus();
  input.value = '';
  await sendKeys({ type: text });
  await form.updateComplete;
}

async function openForm(adapter: MemoryAdapter, contactId?: string) {
  const form = await fixture<RpContactForm>(html`<rp-contact-form .adapter=${adapter} contact-id=${contactId ?? ''}></rp-contact-form>`);
  if (!contactId) form.removeAttribute('contact-id');
  form.contactId = contactId;
  form.show();
  await waitUntil(() => root(form).querySelector('dialog')?.open && field(form, 'lastName'), 'form opens');
  return form;
}

describe('rp-contact-form', () => {
  it('quick-creates with Lead and Primary preselected, storing the mobile as E.164, and confirms', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const form = await openForm(adapter);
    expect(field(form, 'type').value).to.equal('lead');
    expect(field(form, 'level').value).to.equal('primary');
    await type(form, 'firstName', 'Ann');
    await type(form, 'lastName', 'Whitaker');
    await type(form, 'phones.mobile', '(415) 555-0132');
    await type(form, 'emails.primary', 'ann@example.com');
    const saved = oneEvent(form, 'rp-contact-saved') as Promise<RpContactSavedEvent>;
    button(form, 'Create').click();
    const event = await saved;
    expect(event.detail.mode).to.equal('created');
    expect(event.detail.contact.phones.mobile?.number).to.equal('+14155550132');
    expect(event.detail.contact.type).to.equal('lead');
    await waitUntil(() => root(form).querySelector('[role="status"]')!.textContent!.includes('successfully created'));
    expect(root(form).querySelector('[role="status"]')!.textContent).to.equal('Contact Details have been successfully created');
    expect(root(form).querySelector('dialog')!.open).to.equal(false);
    expect(form.open).to.equal(false);
  });

  it('shows a field\'s message when the person leaves it, and every message on submit, keeping what was typed', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const form = await openForm(adapter);
    await type(form, 'emails.primary', 'not-an-email');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => errorOf(form, 'emails.primary') !== '', 'email message on blur');
    expect(errorOf(form, 'emails.primary')).to.contain('valid email');
    expect(errorOf(form, 'lastName')).to.equal(''); // not touched yet
    await type(form, 'phones.mobile', '12');
    button(form, 'Create').click();
    await waitUntil(() => errorOf(form, 'lastName') !== '', 'all messages on submit');
    expect(errorOf(form, 'lastName')).to.equal('Last Name is required');
    expect(errorOf(form, 'phones.mobile')).to.not.equal('');
    expect(root(form).querySelector('[role="alert"]')!.textContent).to.contain('3 field(s)');
    expect(field(form, 'emails.primary').value).to.equal('not-an-email');
    expect(field(form, 'phones.mobile').value).to.equal('12');
    expect(field(form, 'lastName').getAttribute('aria-invalid')).to.equal('true');
    expect((await adapter.listContacts()).items).to.have.length(1);
  });

  it('Save and create new saves, clears the form and stays open', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const form = await openForm(adapter);
    const again = [...root(form).querySelectorAll('label')].find((l) => l.textContent!.includes('Save and create new'))!;
    again.querySelector('input')!.click();
    await type(form, 'lastName', 'First');
    button(form, 'Create').click();
    await waitUntil(async () => (await adapter.listContacts({ search: 'First' })).items.length === 1, 'first saved');
    await waitUntil(() => field(form, 'lastName').value === '', 'form cleared');
    expect(root(form).querySelector('dialog')!.open).to.equal(true);
    await type(form, 'lastName', 'Second');
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await adapter.listContacts({ search: 'Second' })).items.length === 1, 'second saved');
    expect((await adapter.listContacts()).items).to.have.length(3);
  });

  it('edits with the current values; a stale save is refused and shows what changed, keeping the typing', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const form = await openForm(adapter, 'c1');
    expect(field(form, 'lastName').value).to.equal('Rossi');
    expect(field(form, 'phones.mobile').value).to.equal('+14155552671');
    // Someone else edits the same contact meanwhile.
    await adapter.withUser('admin').updateContact('c1', { emails: { primary: 'jrossi@example.com' } }, { version: 1 });
    await type(form, 'firstName', 'Giuseppe');
    button(form, 'Save').click();
    await waitUntil(() => root(form).querySelector('[role="alert"]'), 'conflict shown');
    const alert = root(form).querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('Someone else changed this contact');
    expect(alert).to.contain('Email: now “jrossi@example.com”');
    expect(field(form, 'firstName').value).to.equal('Giuseppe');
    expect((await adapter.getContact('c1')).firstName).to.equal('José');
    const saved = oneEvent(form, 'rp-contact-saved');
    button(form, 'Save').click();
    await saved;
    const stored = await adapter.getContact('c1');
    expect(stored.firstName).to.equal('Giuseppe');
    expect(stored.version).to.equal(3);
  });

  it('asks before discarding typed text on Escape, and returns focus to the opener', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="opener">Open</button>
      <rp-contact-form .adapter=${adapter}></rp-contact-form></div>`);
    const form = wrapper.querySelector('rp-contact-form')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    form.show();
    await waitUntil(() => root(form).querySelector('dialog')?.open);
    await type(form, 'lastName', '<img src=x onerror=alert(1)>');
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect(root(form).querySelector('[role="alertdialog"]')).to.exist;
    expect(root(form).querySelector('dialog')!.open).to.equal(true);
    [...root(form).querySelectorAll('[role="alertdialog"] button')].find((b) => b.textContent === 'Discard')!.dispatchEvent(new MouseEvent('click'));
    await form.updateComplete;
    expect(root(form).querySelector('dialog')!.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('opens Advanced with seed 002\'s sections and passes axe', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const form = await openForm(adapter);
    const toggle = button(form, 'Advanced');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await form.updateComplete;
    const legends = [...root(form).querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).to.deep.equal(['Personal Information', 'Contact Number', 'Contact Email', 'Contact Address', 'Social Media']);
    const languages = [...(field(form, 'language') as unknown as HTMLSelectElement).options].map((o) => o.textContent);
    expect(languages).to.include.members(['English', 'Italian', 'Thai', 'Simplified Chinese', 'Traditional Chinese']);
    await expectNoAxeViolations(form);
  });
});
