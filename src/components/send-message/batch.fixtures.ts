import { MemoryAdapter, type MemoryAdapterOptions, type MemoryData } from '../../adapters/memory/index.js';

const T0 = '2026-01-05T10:00:00.000Z';
type SeedContact = NonNullable<MemoryData['contacts']>[number];
type Listing = { source?: string; stage?: string };

/** One selected record: its seller and listing, everything not named taken from a plain eligible one. */
export type BatchSeedRecord = { id: string; firstName?: string; lastName: string; contact?: Partial<SeedContact>;
  listing?: Listing; vehicle?: { year: number; make: string; model: string } };

/** Every seed 001 exclusion, each on a seller whose name says why, plus two who can take a text. */
export const MIXED_BATCH: BatchSeedRecord[] = [
  { id: 'b01', firstName: 'Ana', lastName: 'Able', contact: { phones: { mobile: { number: '+14165550101', textable: true } } } },
  { id: 'b02', lastName: 'Baker', contact: { phones: { mobile: { number: '+14165550102', textable: true } } },
    listing: { source: 'Craigslist', stage: 'Contacted' } },
  { id: 'b03', firstName: 'Cal', lastName: 'Dealer', contact: { dealership: true } },
  { id: 'b04', firstName: 'Dee', lastName: 'Invalid', contact: { phones: { mobile: { number: '+10005550100' } } } },
  { id: 'b05', firstName: 'Eve', lastName: 'Notext', contact: { phones: { mobile: { number: '+14165550105', textable: false } } } },
  { id: 'b06', firstName: 'Fay', lastName: 'Blocked', contact: { phones: { mobile: { number: '+14165550106', blocked: true } } } },
  { id: 'b07', firstName: 'Gus', lastName: 'Dnc', contact: { phones: { mobile: { number: '+14165550107', dnc: true } } } },
  { id: 'b08', firstName: 'Hal', lastName: 'Landline', contact: { phones: { home: { number: '+14165550108', landline: true } } } },
  { id: 'b09', firstName: 'Ivy', lastName: 'Facebook', contact: { phones: {} }, listing: { source: 'Facebook', stage: 'New' } },
  { id: 'b10', firstName: 'Jon', lastName: 'Elsewhere', listing: { source: 'Bumper Ads', stage: 'New' } },
  { id: 'b11', firstName: 'Kim', lastName: 'Stagednc', listing: { source: 'Kijiji', stage: 'DNC' } },
  { id: 'b12', firstName: 'Lou', lastName: 'Passed', listing: { source: 'Kijiji', stage: 'Pass' } },
  { id: 'b13', firstName: 'Max', lastName: 'Twice', contact: { phones: { mobile: { number: '+14165550101', textable: true } } } },
  { id: 'b14', firstName: 'Ned', lastName: 'Nophone', contact: { phones: {}, emails: {} } },
];

/** `count` sellers who can all take a text and an email, ids `r0001`, `r0002`, … */
export function eligibleBatch(count: number): BatchSeedRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${String(i + 1).padStart(4, '0')}`, firstName: `Seller${i + 1}`, lastName: 'Test',
    contact: { phones: { mobile: { number: `+1416${String(5_000_000 + i).padStart(7, '0')}`, textable: true } } },
  }));
}

/** MemoryAdapter data holding the records: one contact and one listing conversation each. */
export function batchData(records: readonly BatchSeedRecord[]): MemoryData {
  return {
    staff: [{ id: 'agent', name: 'Dana Whitfield', role: 'agent' }],
    account: {
      id: 'acc', name: 'Northside Motors', tier: 'professional', country: 'CA',
      features: { sms: true, email: true, scheduledMessages: true },
      smsNumbers: ['+15555550100'], emailAddresses: ['sales@northside.example'],
    },
    contacts: records.map((record, i) => ({
      id: `c-${record.id}`, version: 1, lastName: record.lastName, ownerId: 'agent', createdAt: T0, updatedAt: T0,
      ...(record.firstName ? { firstName: record.firstName } : {}),
      phones: { mobile: { number: `+1647${String(5_550_000 + i).padStart(7, '0')}`, textable: true } },
      emails: { primary: `${record.id}@example.com` },
      ...record.contact,
    })),
    conversations: records.map((record) => ({
      id: record.id, contactId: `c-${record.id}`,
      context: { vehicle: record.vehicle ?? { year: 2019, make: 'Honda', model: 'Civic' },
        listing: { source: 'AutoTrader', stage: 'New', ...record.listing } },
    })),
    messages: [],
    templates: [],
  };
}

/** A MemoryAdapter acting as the agent over the given records. */
export function batchAdapter(records: readonly BatchSeedRecord[] = MIXED_BATCH, options: Omit<MemoryAdapterOptions, 'data'> = {}) {
  return new MemoryAdapter({ userId: 'agent', ...options, data: batchData(records) });
}
