import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type MemoryData } from '../../adapters/memory/index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import './rp-contact-panel.js';
import type { RpContactPanel } from './rp-contact-panel.js';
import { until } from '../../../test/until.js';

const T0 = '2026-11-20T10:00:00.000Z';

function data(contact: object = {}): MemoryData {
  return {
    staff: [
      { id: 'dana', name: 'Dana Whitfield', role: 'admin' },
      { id: 'omar', name: 'Omar Haddad', role: 'agent' },
    ],
    account: { id: 'a1', name: 'Northside Motors', tier: 'professional', country: 'CA', features: {} },
    contacts: [{
      id: 'c1', version: 1, lastName: 'Reyes', firstName: 'Lucía', ownerId: 'dana', sharedWith: ['omar'],
      createdAt: T0, updatedAt: T0, emails: { primary: 'lucia@example.com' },
      phones: { mobile: { number: '+14165550101' } }, social: { facebook: 'lucia.reyes' },
      ...contact,
    }],
  };
}

const root = (element: Element) => element.shadowRoot!;
const details = (panel: RpContactPanel) => root(panel).querySelector('rp-contact-details')!;
const custom = (panel: RpContactPanel) => root(details(panel)).querySelector('rp-contact-custom-attributes')!;
const row = (panel: RpContactPanel, path: string) => root(details(panel)).querySelector<HTMLElement>(`[data-field="${path}"]`)!;
const byLabel = (scope: ParentNode, label: string) =>
  scope.querySelector<HTMLElement>(`[aria-label="${label}"]`);
const buttonText = (scope: ParentNode, text: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);

async function mount(adapter: MemoryAdapter, options: { channel?: string; locale?: string } = {}) {
  const panel = await fixture<RpContactPanel>(html`<rp-contact-panel .adapter=${adapter} contact-id="c1"
    channel=${options.channel ?? 'facebook'} locale=${options.locale ?? 'en'}></rp-contact-panel>`);
  await until(() => root(panel).querySelector('rp-contact-details')?.shadowRoot?.querySelector('dl'), 'the panel');
  return panel;
}

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

describe('rp-contact-panel', () => {
  it('shows initials, name, social handle, channel logo and the Validated meaning', async () => {
    const panel = await mount(new MemoryAdapter({ data: data() }));
    const header = root(panel).querySelector('header')!;
    expect(header.querySelector('.initials')!.textContent).to.equal('LR');
    expect(header.querySelector('h2')!.textContent).to.equal('Lucía Reyes');
    expect(header.querySelector('.handle')!.textContent).to.equal('@lucia.reyes');
    expect(header.querySelector('[role=img]')!.getAttribute('aria-label')).to.equal('Came from Facebook');
    const badge = header.querySelector<HTMLElement>('[part=validated-badge]')!;
    expect(badge.textContent).to.equal('Not validated');
    const tip = root(panel).getElementById(badge.getAttribute('aria-describedby')!)!;
    expect(getComputedStyle(tip).visibility).to.equal('hidden');
    badge.focus();
    expect(getComputedStyle(tip).visibility).to.equal('visible');
    expect(tip.textContent).to.contain('CRM');
  });

  it('shows the phone formatted and stores an edited one as E.164', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const panel = await mount(adapter);
    await until(() => row(panel, 'phones.mobile').querySelector('.value')!.textContent === '+1 416 555 0101', 'formatted phone');
    byLabel(row(panel, 'phones.mobile'), 'Edit Mobile')!.click();
    await details(panel).updateComplete;
    await typeInto(byLabel(row(panel, 'phones.mobile'), 'Mobile') as HTMLInputElement, '(647) 555-0199');
    const updated = oneEvent(panel, 'rp-contact-updated');
    await sendKeys({ press: 'Enter' });
    expect((await updated).detail.contact.phones.mobile!.number).to.equal('+16475550199');
    await until(() => !row(panel, 'phones.mobile').querySelector('input'), 'the editor to close');
    expect(row(panel, 'phones.mobile').querySelector('.value')!.textContent).to.equal('+1 647 555 0199');
    expect(root(details(panel)).activeElement).to.equal(byLabel(row(panel, 'phones.mobile'), 'Edit Mobile'));
    expect((await adapter.getContact('c1')).phones.mobile!.number).to.equal('+16475550199');
  });

  it('refuses an invalid email with a message and keeps what was typed', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const panel = await mount(adapter);
    byLabel(row(panel, 'emails.primary'), 'Edit Email')!.click();
    await details(panel).updateComplete;
    const input = byLabel(row(panel, 'emails.primary'), 'Email') as HTMLInputElement;
    expect(root(details(panel)).activeElement).to.equal(input);
    await typeInto(input, 'lucia@@example');
    byLabel(row(panel, 'emails.primary'), 'Save Email')!.click();
    await details(panel).updateComplete;
    expect(row(panel, 'emails.primary').querySelector('[role=alert]')!.textContent).to.contain('valid email address');
    expect(input.value).to.equal('lucia@@example');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect((await adapter.getContact('c1')).emails.primary).to.equal('lucia@example.com');
  });

  it('toggles VIP with aria-pressed and persists it through the adapter', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const panel = await mount(adapter);
    const vip = () => root(panel).querySelector<HTMLButtonElement>('[part~=vip-button]')!;
    expect(vip().textContent!.trim()).to.equal('VIP');
    expect(vip().getAttribute('aria-pressed')).to.equal('false');
    vip().click();
    await until(() => vip().getAttribute('aria-pressed') === 'true', 'VIP on');
    expect((await adapter.getContact('c1')).vip).to.equal(true);
    vip().click();
    await until(() => vip().getAttribute('aria-pressed') === 'false', 'VIP off');
    expect((await adapter.getContact('c1')).vip).to.equal(false);
  });

  it('marks CRM-managed attributes, read-only unless the CRM allows editing, with the last sync', async () => {
    const adapter = new MemoryAdapter({ data: data({
      validated: true,
      crmManaged: { 'emails.primary': { editable: false, syncedAt: '2026-11-19T08:00:00.000Z' }, lastName: { editable: true } },
    }) });
    const panel = await mount(adapter);
    const email = row(panel, 'emails.primary');
    expect(email.querySelector('[part~=cloud-icon]')).to.exist;
    expect(email.textContent).to.contain('Read-only: managed by the CRM');
    expect(email.textContent).to.contain('Last synced');
    expect(byLabel(email, 'Edit Email')).to.equal(null);
    expect(email.querySelector('input')).to.equal(null);
    const last = row(panel, 'lastName');
    expect(last.querySelector('[part~=cloud-icon]')).to.exist;
    expect(byLabel(last, 'Edit Last Name')).to.exist;
    expect(root(panel).querySelector('[part=validated-badge]')!.textContent).to.equal('Validated');
  });

  it('adds, edits and removes custom attributes', async () => {
    const adapter = new MemoryAdapter({ data: data({ customAttributes: { Bio: 'Loves hatchbacks' } }) });
    const panel = await mount(adapter);
    const area = () => root(custom(panel));
    byLabel(area(), 'Add a custom attribute')!.click();
    await custom(panel).updateComplete;
    await typeInto(area().querySelector<HTMLInputElement>('#new-name')!, 'Bio');
    await typeInto(area().querySelector<HTMLInputElement>('#new-value')!, 'Duplicate');
    buttonText(area(), 'Save')!.click();
    await custom(panel).updateComplete;
    expect(area().querySelector('[role=alert]')!.textContent).to.contain('already exists');
    await typeInto(area().querySelector<HTMLInputElement>('#new-name')!, 'Followers');
    buttonText(area(), 'Save')!.click();
    await until(() => area().querySelector('[data-attribute="Followers"]'), 'the new attribute');
    expect((await adapter.getContact('c1')).customAttributes).to.deep.equal({ Bio: 'Loves hatchbacks', Followers: 'Duplicate' });

    byLabel(area(), 'Edit Followers')!.click();
    await custom(panel).updateComplete;
    await typeInto(byLabel(area(), 'Followers') as HTMLInputElement, '1200');
    await sendKeys({ press: 'Enter' });
    await until(() => area().querySelector('[data-attribute="Followers"] .value')?.textContent === '1200', 'the edit');

    byLabel(area(), 'Remove Bio')!.click();
    await until(() => !area().querySelector('[data-attribute="Bio"]'), 'the removal');
    expect((await adapter.getContact('c1')).customAttributes).to.deep.equal({ Followers: '1200' });
  });

  it('moves between tabs with the arrow keys, Home and End, one tab stop', async () => {
    const panel = await mount(new MemoryAdapter({ data: data() }));
    const tab = (name: string) => root(panel).querySelector<HTMLElement>(`#tab-${name}`)!;
    tab('contact').focus();
    await sendKeys({ press: 'ArrowRight' });
    await panel.updateComplete;
    expect(root(panel).activeElement).to.equal(tab('notes'));
    expect(tab('notes').getAttribute('aria-selected')).to.equal('true');
    expect(tab('contact').tabIndex).to.equal(-1);
    expect(root(panel).querySelector('#panel-notes rp-notes')).to.exist;
    await sendKeys({ press: 'End' });
    await panel.updateComplete;
    expect(root(panel).activeElement).to.equal(tab('changeLog'));
    await sendKeys({ press: 'ArrowRight' });
    await panel.updateComplete;
    expect(root(panel).activeElement).to.equal(tab('contact'));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await panel.updateComplete;
    expect(tab('contact').getAttribute('aria-selected')).to.equal('true');
  });

  it('shows the current value after a stale edit and reapplies the kept edit', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const omar = adapter.withUser('omar');
    const panel = await mount(adapter);
    byLabel(row(panel, 'emails.primary'), 'Edit Email')!.click();
    await details(panel).updateComplete;
    const input = byLabel(row(panel, 'emails.primary'), 'Email') as HTMLInputElement;
    await typeInto(input, 'mine@example.com');
    await omar.updateContact('c1', { emails: { primary: 'theirs@example.com' } }, { version: 1 });
    byLabel(row(panel, 'emails.primary'), 'Save Email')!.click();
    const conflict = await until(() => row(panel, 'emails.primary').querySelector('[part=conflict]'), 'the conflict');
    expect(conflict.textContent).to.contain('Current value: theirs@example.com');
    expect((byLabel(row(panel, 'emails.primary'), 'Email') as HTMLInputElement).value).to.equal('mine@example.com');
    buttonText(conflict, 'Apply my change')!.click();
    await until(() => !row(panel, 'emails.primary').querySelector('[part=conflict]'), 'the save');
    expect((await adapter.getContact('c1')).emails.primary).to.equal('mine@example.com');
  });

  it("shows another agent's change live and lists it in the Change Log and Sharing", async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const panel = await mount(adapter);
    await adapter.withUser('omar').updateContact('c1', { company: 'Acme Fleet' }, { version: 1 });
    await until(() => row(panel, 'company').querySelector('.value')!.textContent === 'Acme Fleet', 'the live change');
    root(panel).querySelector<HTMLElement>('#tab-changeLog')!.click();
    const log = await until(() => root(panel).querySelector('rp-contact-change-log')?.shadowRoot?.querySelector('.entry'), 'the log');
    expect(log.textContent).to.contain('Omar Haddad');
    expect(log.textContent).to.contain('company: (empty) → Acme Fleet');
    root(panel).querySelector<HTMLElement>('#tab-sharing')!.click();
    const sharing = await until(() => root(panel).querySelector('rp-contact-sharing')?.shadowRoot?.querySelector('.owner'), 'sharing');
    expect(sharing.textContent).to.equal('Dana Whitfield');
  });

  it('renders contact text as text, never as markup', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    const panel = await mount(new MemoryAdapter({ data: data({ lastName: attack, customAttributes: { [attack]: attack } }) }));
    expect(root(panel).querySelector('h2')!.textContent).to.contain(attack);
    expect(root(panel).querySelector('img')).to.equal(null);
    expect(root(custom(panel)).querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks Spanish', async () => {
    const panel = await mount(new MemoryAdapter({ data: data() }), { locale: 'es' });
    await until(() => root(panel).querySelector('#tab-notes')!.textContent === 'Notas', 'Spanish');
    expect(root(panel).querySelector('[part=validated-badge]')!.textContent).to.equal('No validado');
  });

  it('has no axe violations on the Contact and Activity tabs', async () => {
    const panel = await mount(new MemoryAdapter({ data: data({ validated: true, customAttributes: { Bio: 'x' },
      crmManaged: { company: { editable: false } } }) }));
    await expectNoAxeViolations(panel);
    root(panel).querySelector<HTMLElement>('#tab-activity')!.click();
    await until(() => root(panel).querySelector('rp-contact-activity')?.shadowRoot?.querySelector('h3'), 'activity');
    await expectNoAxeViolations(panel);
  });
});
