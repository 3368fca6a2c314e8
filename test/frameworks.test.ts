import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The README's snippets, exactly as a host app writes them.
import { mountSellerNotes as mountWithReact } from '../examples/react.jsx';
import { mountSellerNotes as mountWithVue } from '../examples/vue.js';
import type { RpNotes } from '../src/components/notes/rp-notes.js';
import type { Note } from '../src/domain/index.js';

/** All the text a person sees in an element, shadow roots included. */
function deepText(node: Node): string {
  const own = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return own + [...node.childNodes].map(deepText).join(' ');
}

async function rendered(container: HTMLElement): Promise<RpNotes> {
  await waitUntil(() => container.querySelector('rp-notes'), 'rp-notes rendered');
  return container.querySelector('rp-notes') as RpNotes;
}

/** Adds a note the way a person does: type it, press the add button. */
async function addNoteThroughTheElement(container: HTMLElement, text: string): Promise<void> {
  const notes = await rendered(container);
  await waitUntil(() => notes.shadowRoot?.querySelector('textarea'), 'note box rendered', { timeout: 5000 });
  const textarea = notes.shadowRoot!.querySelector('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await notes.updateComplete;
  const add = [...notes.shadowRoot!.querySelectorAll('button')].find((button) => /add note/i.test(button.textContent ?? ''));
  add!.click();
}

for (const [framework, mount] of [['React 19', mountWithReact], ['Vue 3', mountWithVue]] as const) {
  describe(`The README's ${framework} snippet`, () => {
    it('shows the contact\'s notes and hands a new note to the host through rp-note-added', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const added: Note[] = [];
      const adapter = mount(container, 'contact-01', (note: Note) => added.push(note));
      const stored = await adapter.listNotes('contact-01');
      const notes = await rendered(container);
      if (stored[0]) {
        await waitUntil(() => deepText(notes).includes(stored[0].body.slice(0, 20)), 'stored note shown', { timeout: 5000 });
      }
      await addNoteThroughTheElement(container, `Called back from ${framework}`);
      await waitUntil(() => added.length === 1, 'host heard rp-note-added', { timeout: 5000 });
      expect(added[0].body).to.equal(`Called back from ${framework}`);
      expect((await adapter.listNotes('contact-01'))[0].body).to.equal(`Called back from ${framework}`);
    });
  });
}
