import { expect } from '@open-wc/testing';
import { ContactInputSchema } from './contact.js';
import { validate } from '../validation.js';

describe('ContactInputSchema', () => {
  it('requires a Last Name (seed 002)', () => {
    const result = validate(ContactInputSchema, { firstName: 'Ana' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues).to.deep.include({ field: 'lastName', message: 'Last Name is required' });
  });

  it('refuses a Last Name of spaces only', () => {
    const result = validate(ContactInputSchema, { lastName: '   ' });
    expect(result.ok).to.equal(false);
  });

  it('defaults type to Lead and level to Primary (seed 002)', () => {
    const result = validate(ContactInputSchema, { lastName: 'Rossi' });
    expect(result.ok && result.value.type).to.equal('lead');
    expect(result.ok && result.value.level).to.equal('primary');
  });
});
