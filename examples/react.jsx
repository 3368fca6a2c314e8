// React 19 sets properties on custom elements and listens to their events natively.
import { createRoot } from 'react-dom/client';
import { MemoryAdapter } from 'rapport';
import 'rapport';

const adapter = MemoryAdapter.demo();

function SellerNotes({ contactId, onNoteAdded }) {
  return (
    <rp-provider adapter={adapter}>
      <rp-notes contact-id={contactId} onrp-note-added={(event) => onNoteAdded(event.detail.note)}></rp-notes>
    </rp-provider>
  );
}

export function mountSellerNotes(container, contactId, onNoteAdded) {
  createRoot(container).render(<SellerNotes contactId={contactId} onNoteAdded={onNoteAdded} />);
  return adapter;
}
