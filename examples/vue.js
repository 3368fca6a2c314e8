// Vue 3: `^`/`.` are not needed — Vue sets a prop as a DOM property when the element has it.
import { createApp, h } from 'vue';
import { MemoryAdapter } from 'rapport';
import 'rapport';

const adapter = MemoryAdapter.demo();

const SellerNotes = {
  props: ['contactId'],
  emits: ['note-added'],
  setup(props, { emit }) {
    return () =>
      h('rp-provider', { adapter }, [
        h('rp-notes', { 'contact-id': props.contactId, 'onRp-note-added': (event) => emit('note-added', event.detail.note) }),
      ]);
  },
};

export function mountSellerNotes(container, contactId, onNoteAdded) {
  createApp(SellerNotes, { contactId, onNoteAdded }).mount(container);
  return adapter;
}
