import type { Contact, Conversation, RapportAdapter } from '../../src/index.js';
import { fullName, readListingContext } from '../../src/index.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function title(conversation: Conversation): string {
  const { vehicle } = readListingContext(conversation.context);
  return [vehicle?.year, vehicle?.make, vehicle?.model].filter(Boolean).join(' ') || 'Vehicle';
}

/**
 * A dealer's vehicle detail page: the listings on the left; the listing, its
 * seller's communication history and the quick actions in the middle; the
 * seller's contact panel with notes on the right.
 */
export async function renderVehiclePage(page: HTMLElement, adapter: RapportAdapter, id?: string): Promise<void> {
  page.append(element('p', { className: 'notice', role: 'status', textContent: 'Loading listings…' }));
  const { items: conversations } = await adapter.listConversations({ limit: 100 });
  const current = conversations.find((conversation) => conversation.id === id) ?? conversations[0];
  page.replaceChildren();
  if (!current) {
    page.append(element('p', { className: 'notice', textContent: 'No listings yet.' }));
    return;
  }
  const contacts = new Map<string, Contact>();
  await Promise.all(
    conversations.map(async (conversation) => {
      try {
        contacts.set(conversation.contactId, await adapter.getContact(conversation.contactId));
      } catch {
        // A listing whose seller was deleted still shows, without a name.
      }
    }),
  );

  // Seed 001's batch action: pick several listings and message their sellers at once.
  const batchMessage = element('rp-send-message' as 'div', { id: 'batch-message' });
  const batchButton = element('button', { type: 'button', textContent: 'Message selected sellers', disabled: true });
  const selected = new Set<string>();
  batchButton.addEventListener('click', () => {
    (batchMessage as unknown as { conversationIds: string[] }).conversationIds = [...selected];
    (batchMessage as unknown as { show(): void }).show();
  });

  const list = element('ul', { className: 'listings' });
  for (const conversation of conversations) {
    const seller = contacts.get(conversation.contactId);
    const { listing } = readListingContext(conversation.context);
    const link = element('a', { href: `#/vehicle/${conversation.id}` }, title(conversation),
      element('small', {}, [seller ? fullName(seller) : '', listing?.source, listing?.stage].filter(Boolean).join(' · ')));
    if (conversation === current) link.setAttribute('aria-current', 'true');
    const pick = element('input', { type: 'checkbox', ariaLabel: `Select ${title(conversation)}` });
    pick.addEventListener('change', () => {
      if (pick.checked) selected.add(conversation.id);
      else selected.delete(conversation.id);
      batchButton.disabled = selected.size === 0;
      batchButton.textContent = selected.size ? `Message ${selected.size} selected seller(s)` : 'Message selected sellers';
    });
    list.append(element('li', { className: 'listing' }, pick, link));
  }

  const seller = contacts.get(current.contactId);
  const { listing } = readListingContext(current.context);
  const sendMessage = element('rp-send-message' as 'div', { id: 'send-message' });
  sendMessage.setAttribute('conversation-id', current.id);
  const externalForm = element('rp-external-comm-form' as 'div', { id: 'external-communication' });
  externalForm.setAttribute('conversation-id', current.id);
  const timeline = element('rp-timeline' as 'div', { className: 'history' });
  timeline.setAttribute('conversation-id', current.id);
  timeline.addEventListener('rp-reply-request', () => (sendMessage as unknown as { show(): void }).show());

  const addMenu = element('select', { ariaLabel: 'Add' },
    element('option', { value: '', textContent: 'Add…' }),
    element('option', { value: 'external', textContent: 'External Communication' }));
  addMenu.addEventListener('change', () => {
    if (addMenu.value === 'external') (externalForm as unknown as { show(): void }).show();
    addMenu.value = '';
  });
  const sendButton = element('button', { type: 'button', className: 'primary', textContent: 'Send Message' });
  sendButton.addEventListener('click', () => (sendMessage as unknown as { show(): void }).show());

  const panel = element('rp-contact-panel' as 'div');
  panel.setAttribute('contact-id', current.contactId);

  page.append(element('div', { className: 'vehicle-layout' },
    element('nav', { className: 'card listing-nav', ariaLabel: 'Listings' }, batchButton, list, batchMessage),
    element('section', { className: 'card', ariaLabel: 'Listing' },
      element('div', { className: 'vehicle-header' },
        element('div', {}, element('h1', { textContent: title(current) }),
          element('p', { textContent: [listing?.source && `Source: ${listing.source}`, listing?.stage && `Stage: ${listing.stage}`,
            seller && `Seller: ${fullName(seller)}`].filter(Boolean).join(' · ') })),
        element('div', { className: 'quick-actions' }, addMenu, sendButton)),
      element('h2', { textContent: 'Communication History' }),
      timeline, sendMessage, externalForm),
    element('aside', { className: 'card', ariaLabel: 'Seller' }, panel)));
}
