import type { Contact } from '../schemas/contact.js';

/** A saved contact with every default filled, for tests of export and duplicates. */
export function savedContact(overrides: Partial<Contact> & Pick<Contact, 'id' | 'lastName'>): Contact {
  return {
    version: 1,
    type: 'lead',
    level: 'primary',
    phones: {},
    emails: {},
    address: {},
    social: {},
    vip: false,
    validated: false,
    dealership: false,
    crmManaged: {},
    customAttributes: {},
    ownerId: 'staff-1',
    sharedWith: [],
    createdAt: '2024-03-01T09:00:00Z',
    updatedAt: '2024-03-02T10:30:00Z',
    ...overrides,
  };
}
