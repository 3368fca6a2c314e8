import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type MemoryData } from '../../adapters/memory/index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import './rp-notes.js';
import type { RpNotes } from './rp-notes.js';
import type { RpNoteItem } from './rp-note-item.js';
import { until } from '../../../test/until.js';

const T0 = '2026-11-20T10:00:00.000Z';

function data(notes: MemoryData['notes'] = []): MemoryData {
  return {
    staff: [
      { id: 'dana', name: 'Dana Whitfield', role: 'admin' },
      { id: 'omar', name: 'Omar Haddad', role: 'agent' },
    ],
    account: { id: 'a1', name: 'Northside Motors', tier: 'professional', country: 'CA', features: {} },
    contacts: [{
      id: 'c1', version: 1, lastName: 'Reyes', firstName: 'Lucía', ownerId: 'dana', sharedWith: ['omar'],
      createdAt: T0, updatedAt: T0,
    }],
    notes,
  };
}

function note(id: string, body: string, createdAt: string, extra: object = {}) {
  return { id, version: 1, contactId: 'c1', body, authorId: 'dana', authorName: 'Dana Whitfield', createdAt, updatedAt: createdAt, ...extra };
}

const items = (element: RpNotes) => [...element.shadowRoot!.querySelectorAll<RpNoteItem>('rp-note-item')];
const itemText = (item: RpNoteItem) => item.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const textarea = (element: RpNotes) => element.shadowRoot!.querySelector<HTMLTextAreaElement>('#new-note')!;
const counter = (element: RpNotes) => element.shadowRoot!.querySelector('#counter')!.textContent!.trim();
const button = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);

async function mount(adapter: MemoryAdapter, locale = 'en') {
  const element = await fixture<RpNotes>(html`<rp-notes .adapter=${adapter} contact-id="c1" locale=${locale}></rp-notes>`);
  await until(() => element.shadowRoot!.querySelector('ul.list, .status:not([role])') && !element.shadowRoot!.querySelector('[role=status].status'), 'notes to load');
  return element;
}

function paste(area: HTMLTextAreaElement, text: string) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  area.focus();
  area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}

describe('rp-notes', () => {
  it('says "Notes" and lists contact notes newest first with author, time and who edited', async () => {
    const adapter = new MemoryAdapter({ data: data([
      note('n1', 'Oldest', '2026-11-20T10:00:00.000Z'),
      note('n2', 'Newest', '2026-11-22T10:00:00.000Z', { editedBy: 'Omar Haddad', updatedAt: '2026-11-23T09:00:00.000Z', version: 2 }),
      note('n3', 'Middle', '2026-11-21T10:00:00.000Z'),
    ]) });
    const element = await mount(adapter);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Notes');
    await until(() => items(element).every((item) => item.shadowRoot!.querySelector('.body')), 'items');
    expect(items(element).map((item) => item.shadowRoot!.querySelector('.body')!.textContent)).to.deep.equal(['Newest', 'Middle', 'Oldest']);
    const first = itemText(items(element)[0]);
    expect(first).to.contain('Dana Whitfield');
    expect(first).to.contain('edited by Omar Haddad at');
    expect(items(element)[0].shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-22T10:00:00.000Z');
  });

  it('shows the empty state and adds a typed note, first in the list and in the adapter', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const element = await mount(adapter);
    expect(element.shadowRoot!.textContent).to.contain('No notes yet');
    textarea(element).focus();
    await sendKeys({ type: 'Prefers a call after 5 pm' });
    expect(counter(element)).to.equal('25 / 2,000');
    const added = oneEvent(element, 'rp-note-added');
    button(element.shadowRoot!, 'Add note')!.click();
    const event = await added;
    expect(event.detail.note.body).to.equal('Prefers a call after 5 pm');
    await until(() => items(element).length === 1, 'the new note');
    expect(textarea(element).value).to.equal('');
    const stored = await adapter.listNotes('c1');
    expect(stored.map((n) => n.body)).to.deep.equal(['Prefers a call after 5 pm']);
  });

  it('refuses a blank note with a message and keeps what was typed', async () => {
    const element = await mount(new MemoryAdapter({ data: data() }));
    textarea(element).focus();
    await sendKeys({ type: '   ' });
    button(element.shadowRoot!, 'Add note')!.click();
    const error = await until(() => element.shadowRoot!.querySelector('[role=alert]'), 'the error');
    expect(error.textContent).to.contain('Write something in the note');
    expect(textarea(element).value).to.equal('   ');
  });

  it('counts an emoji as one character and cuts a long paste at a code point boundary, saying so', async () => {
    const element = await mount(new MemoryAdapter({ data: data() }));
    paste(textarea(element), `${'a'.repeat(1998)}😀🎉🚗`);
    await element.updateComplete;
    const value = textarea(element).value;
    expect(value).to.equal(`${'a'.repeat(1998)}😀🎉`);
    expect(value.length).to.equal(2002); // UTF-16 units: the counter must not use these
    expect(counter(element)).to.equal('2,000 / 2,000');
    expect(element.shadowRoot!.textContent).to.contain('1 character(s) were left out');
  });

  it('stops typing at 2,000 characters without losing what is there', async () => {
    const element = await mount(new MemoryAdapter({ data: data() }));
    paste(textarea(element), '😀'.repeat(2000));
    await element.updateComplete;
    await sendKeys({ type: 'xyz' });
    await element.updateComplete;
    expect(textarea(element).value).to.equal('😀'.repeat(2000));
    expect(counter(element)).to.equal('2,000 / 2,000');
  });

  it('keeps the typed text when the adapter refuses the note', async () => {
    const adapter = new MemoryAdapter({ data: data() });
    const element = await mount(adapter);
    await adapter.deleteContact('c1');
    textarea(element).focus();
    await sendKeys({ type: 'Call back Monday' });
    button(element.shadowRoot!, 'Add note')!.click();
    const error = await until(() => element.shadowRoot!.querySelector('.field-error'), 'the error');
    expect(error.textContent).to.contain('no longer exists');
    expect(textarea(element).value).to.equal('Call back Monday');
  });

  it('two agents edit the same note: the stale save is refused and both texts are shown', async () => {
    const adapter = new MemoryAdapter({ data: data([note('n1', 'Wants the blue SUV', T0)]) });
    const omar = adapter.withUser('omar');
    const element = await mount(adapter);
    const item = items(element)[0];
    (await until(() => button(item.shadowRoot!, 'Edit note'), 'edit button')).click();
    const area = await until(() => item.shadowRoot!.querySelector('textarea'), 'editor');
    area.select();
    await sendKeys({ type: 'Wants the blue SUV, financing' });
    await omar.updateNote('n1', 'Wants the red sedan now', { version: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    button(item.shadowRoot!, 'Save')!.click();
    const conflict = await until(() => item.shadowRoot!.querySelector('[part=conflict]'), 'the conflict');
    expect(conflict.textContent).to.contain('Another agent changed this note');
    expect(conflict.querySelector('.theirs')!.textContent).to.equal('Wants the red sedan now');
    expect(conflict.textContent).to.contain('Omar Haddad');
    expect(item.shadowRoot!.querySelector('textarea')!.value).to.equal('Wants the blue SUV, financing');
    expect((await adapter.listNotes('c1'))[0].body).to.equal('Wants the red sedan now');

    const updated = oneEvent(element, 'rp-note-updated');
    button(item.shadowRoot!, 'Save my text')!.click();
    expect((await updated).detail.note.body).to.equal('Wants the blue SUV, financing');
    const stored = (await omar.listNotes('c1'))[0];
    expect(stored).to.include({ body: 'Wants the blue SUV, financing', editedBy: 'Dana Whitfield', version: 3 });
  });

  it("shows another agent's new, edited and deleted notes live", async () => {
    const adapter = new MemoryAdapter({ data: data([note('n1', 'First', T0)]) });
    const omar = adapter.withUser('omar');
    const element = await mount(adapter);
    const added = await omar.addNote('c1', 'Added by Omar');
    await until(() => items(element).length === 2, 'the live note');
    await until(() => itemText(items(element)[0]).includes('Added by Omar'), 'newest first');
    await omar.updateNote('n1', 'First, edited', { version: 1 });
    await until(() => items(element).some((item) => itemText(item).includes('First, edited')), 'the live edit');
    await omar.deleteNote(added.id);
    await until(() => items(element).length === 1, 'the live delete');
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    const adapter = new MemoryAdapter({ data: data([note('n1', 'Delete me', T0)]) });
    const element = await mount(adapter);
    const item = items(element)[0];
    (await until(() => button(item.shadowRoot!, 'Delete note'), 'delete')).click();
    await item.updateComplete;
    expect(item.shadowRoot!.textContent).to.contain('Delete this note?');
    expect(item.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Enter' });
    await item.updateComplete;
    expect(await adapter.listNotes('c1')).to.have.length(1);
    button(item.shadowRoot!, 'Delete note')!.click();
    await item.updateComplete;
    const deleted = oneEvent(element, 'rp-note-deleted');
    button(item.shadowRoot!, 'Delete')!.click();
    expect((await deleted).detail).to.deep.equal({ noteId: 'n1', contactId: 'c1' });
    await until(() => items(element).length === 0, 'the note to go');
    expect(await adapter.listNotes('c1')).to.have.length(0);
  });

  it('collapses a long note after a few lines with "Show more"', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}`).join('\n');
    const element = await mount(new MemoryAdapter({ data: data([note('n1', long, T0)]) }));
    const item = items(element)[0];
    const body = await until(() => item.shadowRoot!.querySelector<HTMLElement>('.body'), 'body');
    const more = button(item.shadowRoot!, 'Show more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    const collapsedHeight = body.getBoundingClientRect().height;
    more.click();
    await item.updateComplete;
    expect(body.getBoundingClientRect().height).to.be.greaterThan(collapsedHeight * 2);
    expect(button(item.shadowRoot!, 'Show less')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('renders note text as text, never as markup', async () => {
    const attack = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const element = await mount(new MemoryAdapter({ data: data([note('n1', attack, T0)]) }));
    const item = items(element)[0];
    await until(() => item.shadowRoot!.querySelector('.body'), 'body');
    expect(item.shadowRoot!.querySelector('.body img, .body b')).to.equal(null);
    expect(item.shadowRoot!.querySelector('.body')!.textContent).to.equal(attack);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks Spanish', async () => {
    const element = await mount(new MemoryAdapter({ data: data() }), 'es');
    await until(() => element.shadowRoot!.querySelector('h2')!.textContent === 'Notas', 'Spanish words');
    expect(button(element.shadowRoot!, 'Agregar nota')).to.exist;
  });

  it('has no axe violations, with notes and while editing', async () => {
    const element = await mount(new MemoryAdapter({ data: data([note('n1', 'One', T0), note('n2', 'Two', '2026-11-21T10:00:00.000Z')]) }));
    await until(() => items(element)[0]?.shadowRoot!.querySelector('.body'), 'items');
    await expectNoAxeViolations(element);
    button(items(element)[0].shadowRoot!, 'Edit note')!.click();
    await items(element)[0].updateComplete;
    await expectNoAxeViolations(element);
  });
});
