import {
  CONTACT_LEVELS, CONTACT_TYPES, LANGUAGES,
  type Channel, type Message, type Phone,
} from '../../domain/index.js';
import type { MemoryData } from './store.js';

/** The moment the demo data is built around when none is given: fixed, so every run shows the same. */
export const DEMO_REFERENCE_DATE = new Date('2026-11-02T15:00:00Z');

type SeedContact = NonNullable<MemoryData['contacts']>[number];
type Seed = Required<Pick<MemoryData, 'contacts' | 'conversations' | 'messages' | 'templates' | 'notes' | 'pageVisits'>>;

const STAFF = [
  { id: 'staff-dana', name: 'Dana Whitfield', role: 'admin' as const },
  { id: 'staff-marcus', name: 'Marcus Chen', role: 'agent' as const },
  { id: 'staff-priya', name: 'Priya Natarajan', role: 'agent' as const },
  { id: 'staff-leo', name: 'Léo Tremblay', role: 'agent' as const },
];
const AGENTS = STAFF.filter((person) => person.role === 'agent');

const FIRST = ['Olivia', 'Liam', 'Chloé', 'Noah', 'Amélie', 'Ethan', 'Sofia', 'Mateo', 'Zoë', 'Lucas', 'Hana', 'Omar',
  'Ingrid', 'Raj', 'Mei', 'Gabriel'];
const LAST = ['Bouchard', 'MacDonald', 'Nguyen', 'Rossi', 'Gagnon', "O'Brien", 'Singh', 'Côté', 'Kowalski', 'Haddad',
  'Fraser', 'Lindqvist', 'Okafor', 'Petrov', 'Zhang', 'Moreau', 'Campbell'];
const CITIES = [['Ottawa', 'ON'], ['Toronto', 'ON'], ['Montréal', 'QC'], ['Calgary', 'AB'], ['Halifax', 'NS'], ['Vancouver', 'BC']];
const VEHICLES: [number, string, string][] = [
  [2019, 'Honda', 'Civic'], [2017, 'Ford', 'F-150'], [2021, 'Toyota', 'RAV4'], [2015, 'Mazda', 'MX-5'],
  [2020, 'Subaru', 'Outback'], [2018, 'Chevrolet', 'Silverado'], [2016, 'Volkswagen', 'Golf GTI'], [2022, 'Hyundai', 'Tucson'],
  [2014, 'Jeep', 'Wrangler'], [2019, 'Kia', 'Soul'], [2020, 'Tesla', 'Model 3'], [2013, 'Toyota', 'Tacoma'],
  [2018, 'BMW', '330i'], [2021, 'Ford', 'Bronco Sport'], [2017, 'Nissan', 'Rogue'],
];
const SOURCES = ['Facebook', 'Craigslist', 'Kijiji', 'AutoTrader', 'Website'];
const STAGES = ['New', 'Contacted', 'Negotiating', 'Appointment', 'New', 'Contacted', 'DNC', 'Pass', 'Negotiating',
  'Contacted', 'Appointment', 'New', 'Pass', 'Contacted', 'Negotiating'];
/** The channel a seller first reaches us on, by listing source. */
const SOURCE_CHANNEL: Record<string, Channel> = {
  Facebook: 'facebook', Craigslist: 'sms', Kijiji: 'kijiji', AutoTrader: 'email', Website: 'webchat',
};

const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();

/**
 * The realistic demo data set: a dealership's buying desk talking with private
 * sellers about vehicle listings. Every value comes from a formula over small
 * lists and `reference`, so the same reference always gives the same data.
 */
export function demoData(reference: Date = DEMO_REFERENCE_DATE): MemoryData & Seed {
  const at = (minutesAgo: number) => new Date(reference.getTime() - minutesAgo * 60_000).toISOString();
  const day = 24 * 60;
  const contacts = Array.from({ length: 64 }, (_, i) => demoContact(i, at(day * (400 - i * 5))));
  const conversations: Seed['conversations'] = [];
  const messages: Message[] = [];
  VEHICLES.forEach(([year, make, model], i) => {
    const contact = contacts[i]!;
    const source = SOURCES[i % SOURCES.length]!;
    const id = `conversation-${i + 1}`;
    conversations.push({
      id, contactId: contact.id!, assigneeId: i % 7 === 6 ? undefined : AGENTS[i % AGENTS.length]!.id,
      context: { vehicle: { year, make, model }, listing: { source, stage: STAGES[i]! } },
    });
    messages.push(...demoHistory(i, id, contact, `${year} ${make} ${model}`, source, (minutes) => at(minutes + i * 190)));
  });
  for (const conversation of conversations) {
    const own = messages.filter((message) => message.conversationId === conversation.id && message.status !== 'scheduled');
    conversation.lastMessageAt = own.map((message) => message.occurredAt).sort().at(-1);
    const lastAgent = own.map((message) => message.direction).lastIndexOf('outbound');
    conversation.unreadCount = own.slice(lastAgent + 1).filter((message) => message.direction === 'inbound').length;
  }
  return {
    staff: STAFF,
    account: {
      id: 'account-northside', name: 'Northside Motors', tier: 'professional', country: 'CA',
      features: { scheduledMessages: true, facebook: true, kijiji: true, webchat: true, email: true, sms: true },
      smsNumbers: ['+16135550100', '+16135550101'],
      emailAddresses: ['buying@northsidemotors.ca', 'dana@northsidemotors.ca'],
    },
    contacts,
    conversations,
    messages,
    templates: TEMPLATES,
    notes: demoNotes(at),
    pageVisits: contacts.slice(0, 20).flatMap((contact, i) => [
      { contactId: contact.id!, url: 'https://northsidemotors.ca/sell-your-car', title: 'Sell your car', at: at(day * 3 + i * 60) },
      { contactId: contact.id!, url: 'https://northsidemotors.ca/appraisal', title: 'Free appraisal', at: at(day * 3 + i * 60 - 4) },
      ...(i % 2 === 0
        ? [{ contactId: contact.id!, url: 'https://northsidemotors.ca/contact', title: 'Contact us', at: at(day * 2 + i * 30) }]
        : []),
    ]),
  };
}

/** One of the 64 contacts; `i` picks every attribute, so types, levels and phone states all occur. */
function demoContact(i: number, createdAt: string): SeedContact {
  const firstName = FIRST[i % FIRST.length]!;
  const lastName = LAST[(i * 7) % LAST.length]!;
  const [city, state] = CITIES[i % CITIES.length]!;
  const number = `+1613555${String(2000 + i * 37).padStart(4, '0')}`;
  const phone: Phone = { number, textable: true };
  if (i % 13 === 7) phone.dnc = true;
  if (i % 17 === 4) phone.blocked = true;
  const phones = i % 10 === 3 ? {} // no phone at all
    : i % 10 === 5 ? { home: { number, landline: true, textable: false } }
      : i % 4 === 0 ? { mobile: phone, work: { number: `+1613555${String(9000 + i).padStart(4, '0')}`, landline: true } }
        : { mobile: phone };
  const email = `${ascii(firstName)}.${ascii(lastName)}${i}@example.com`;
  const dealership = i % 9 === 8;
  const validated = i % 3 === 0;
  const syncedAt = createdAt;
  const ownerId = STAFF[i % STAFF.length]!.id;
  // The first 15 are the inbox's sellers: shared with every agent so anyone on the desk can answer. Never with the owner.
  const sharedWith = (i < 15 ? STAFF.map((person) => person.id) : i % 8 === 2 ? ['staff-priya'] : []).filter((id) => id !== ownerId);
  return {
    id: `contact-${String(i + 1).padStart(2, '0')}`, version: 1, createdAt, updatedAt: createdAt,
    type: CONTACT_TYPES[i % CONTACT_TYPES.length], level: CONTACT_LEVELS[i % CONTACT_LEVELS.length],
    ...(i % 12 === 11 ? {} : { firstName }), lastName,
    ...(dealership ? { company: `${LAST[(i + 3) % LAST.length]} Auto Sales`, jobTitle: 'Sales Manager' } : {}),
    ...(i % 5 === 2 ? { birthDate: `${1960 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}` } : {}),
    language: LANGUAGES[i % 7 < 3 ? 0 : i % LANGUAGES.length], ...(i % 6 === 1 ? { group: 'Trade-in leads' } : {}),
    phones, emails: i % 6 === 2 ? {} : i % 8 === 0 ? { primary: email, other: `${ascii(lastName)}${i}@mail.example.org` } : { primary: email },
    address: { ...(i % 3 === 0 ? { street: `${100 + i * 13} ${LAST[i % LAST.length]} Street` } : {}), city, state, zip: `K${i % 9}A 0B${i % 7}`, country: i % 10 === 9 ? 'US' : 'CA' },
    social: i % 4 === 1 ? { facebook: `fb.com/${ascii(firstName)}${ascii(lastName)}` } : i % 4 === 2 ? { whatsapp: number } : {},
    vip: i % 11 === 0, validated, dealership,
    crmManaged: validated
      ? { 'emails.primary': { editable: false, syncedAt }, company: { editable: true, syncedAt }, 'address.city': { editable: true, syncedAt } }
      : {},
    customAttributes: i % 5 === 1 ? { 'Preferred contact time': i % 2 ? 'Evenings' : 'Weekday mornings', 'Trade-in interest': 'Yes' } : {},
    ownerId, sharedWith,
  };
}

type At = (minutesAgo: number) => string;
type DemoContact = ReturnType<typeof demoContact>;

/** A conversation's history: listing notice, bot greeting, the agent and the seller, then one extra by `i`. */
function demoHistory(i: number, conversationId: string, contact: DemoContact, vehicle: string, source: string, at: At): Message[] {
  const agent = AGENTS[i % AGENTS.length]!;
  const seller = { kind: 'contact' as const, id: contact.id, name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') };
  const staff = { kind: 'agent' as const, id: agent.id, name: agent.name };
  const mobile = contact.phones?.mobile?.number;
  const channel = SOURCE_CHANNEL[source]!;
  const base = (n: number, fields: Partial<Message>): Message => ({
    id: `message-${i + 1}-${n}`, conversationId, channel, direction: 'outbound', author: staff, body: '',
    attachments: [], occurredAt: at(3000 - n * 240), status: 'sent', ...fields,
  });
  const history: Message[] = [
    base(1, { channel: 'listing', direction: 'inbound', author: { kind: 'system', name: source }, status: 'delivered',
      body: `New ${source} listing: ${vehicle}. Seller: ${seller.name}.` }),
    base(2, { channel: mobile ? 'sms' : channel, author: { kind: 'bot', name: 'Rapport Assistant' },
      body: `Hi ${contact.firstName ?? 'there'}, thanks for listing your ${vehicle}. A buyer from Northside Motors will contact you shortly.`,
      ...(mobile ? { from: '+16135550100', to: mobile } : {}) }),
    base(3, { body: `Hi ${contact.firstName ?? 'there'}, this is ${agent.name} from Northside Motors. Is your ${vehicle} still available?` }),
    base(4, { direction: 'inbound', author: seller, status: 'delivered',
      body: i % 3 === 0 ? 'Yes, still available. What would you offer?' : 'It is. Has about 84,000 km, winter tires included.' }),
  ];
  const extra = i % 5;
  if (extra === 0) history.push(base(5, { channel: 'email', subject: `Inquiry about your ${vehicle}`, from: 'buying@northsidemotors.ca',
    to: contact.emails?.primary ?? 'seller@example.com', body: `Hello ${seller.name},\n\nWe would like to book an appraisal for your ${vehicle} this week.\n\nBest,\n${agent.name}` }));
  if (extra === 1) history.push(base(5, { channel: 'call', external: { type: 'follow-up', loggedBy: agent.id },
    body: 'Called the seller, 4 minutes. Asking price firm; will send photos of the interior.' }));
  if (extra === 2) history.push(base(5, { channel: 'sms', direction: 'inbound', author: staff, external: { type: 'reply', loggedBy: agent.id },
    body: 'Seller texted my cell: can do Saturday at 10.' }));
  if (extra === 3) history.push(base(5, { channel: 'sms', status: 'failed', error: 'The carrier rejected the message (error 30007: filtered)',
    from: '+16135550101', to: mobile ?? '+16135552111', body: `Following up on your ${vehicle}: would $14,500 work for you?` }));
  if (extra === 4) history.push(base(5, { channel: 'webchat', direction: 'inbound', author: seller, status: 'delivered',
    body: 'Is the appraisal free? I might also trade in a second car.' }));
  if (i === 1) history.push(base(6, { channel: 'sms', external: { type: 'initial', loggedBy: 'staff-dana' },
    author: { kind: 'agent', id: 'staff-dana', name: 'Dana Whitfield' }, body: 'Texted from the showroom phone before the listing came in.' }));
  if (i === 2 || i === 9) {
    const scheduledFor = at(-24 * 60 - i * 190);
    history.push(base(7, { channel: mobile ? 'sms' : 'email', status: 'scheduled', scheduledFor, occurredAt: scheduledFor,
      ...(mobile ? { from: '+16135550100', to: mobile } : { subject: `Still selling your ${vehicle}?` }),
      body: `Good morning ${contact.firstName ?? ''}, just checking in: is the ${vehicle} still for sale?` }));
  }
  return history;
}

function demoNotes(at: At): Seed['notes'] {
  const bodies = [
    'Prefers texts after 6 pm. Wife co-owns the vehicle; both need to sign.',
    'Asked about a trade-in for a 2023 Tucson. Sent to the sales floor.',
    'Lien with TD Auto Finance, payout about $6,200. Needs letter before purchase.',
    'Very responsive. Aim for appraisal on Saturday.',
  ];
  return Array.from({ length: 12 }, (_, n) => {
    const author = STAFF[n % STAFF.length]!;
    const created = at(60 * (200 - n * 11));
    const edited = n % 5 === 3 ? STAFF[(n + 1) % STAFF.length]! : undefined;
    return {
      id: `note-${n + 1}`, version: edited ? 2 : 1, contactId: `contact-${String((n % 6) + 1).padStart(2, '0')}`,
      body: bodies[n % bodies.length]!, authorId: author.id, authorName: author.name, createdAt: created,
      updatedAt: edited ? at(60 * (100 - n)) : created, ...(edited ? { editedBy: edited.name } : {}),
    };
  });
}

const VEHICLE = '{{vehicle.year}} {{vehicle.make}} {{vehicle.model}}';
const TEMPLATES: Seed['templates'] = [
  { id: 'template-initial', name: 'Initial outreach', messageType: 'text', scope: 'global', ownerId: 'staff-dana',
    body: `Hi {{contact.firstName}}, this is {{agent.name}} from Northside Motors. Is your ${VEHICLE} still available?` },
  { id: 'template-follow-up', name: 'Follow-up', messageType: 'text', scope: 'global', ownerId: 'staff-dana',
    body: `Hi {{contact.firstName}}, following up on your ${VEHICLE}. We can appraise it this week, free of charge.` },
  { id: 'template-email-inquiry', name: 'Inquiry email', messageType: 'email', scope: 'global', ownerId: 'staff-dana',
    subject: `Inquiry about your ${VEHICLE}`,
    body: `Hello {{contact.fullName}},\n\nI saw your ${VEHICLE} listed on {{listing.source}}. Would you have time for a quick appraisal?\n\nBest regards,\n{{agent.name}}` },
  { id: 'template-facebook', name: 'Facebook hello', messageType: 'facebook', scope: 'global', ownerId: 'staff-dana',
    body: `Hi {{contact.firstName}}! Is the ${VEHICLE} still for sale?` },
  { id: 'template-kijiji', name: 'Kijiji hello', messageType: 'kijiji', scope: 'global', ownerId: 'staff-dana',
    body: `Hello, I'm interested in your ${VEHICLE}. Could we arrange a viewing?` },
  { id: 'template-marcus-offer', name: 'My offer', messageType: 'text', scope: 'local', ownerId: 'staff-marcus',
    body: 'Hi {{contact.firstName}}, {{agent.firstName}} here. Based on the photos we could offer a fair price today.' },
  { id: 'template-priya-thanks', name: 'Thanks after call', messageType: 'email', scope: 'local', ownerId: 'staff-priya',
    subject: 'Thanks for your time', body: `Thanks for the call about your ${VEHICLE}, {{contact.firstName}}.\n\n{{agent.name}}` },
];
