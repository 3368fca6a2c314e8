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

  it('takes a birth date that exists, in YYYY-MM-DD form, and not in the future', () => {
    const birth = (birthDate: string) => validate(ContactInputSchema, { lastName: 'Rossi', birthDate });
    for (const real of ['1980-12-14', '2000-02-29', '1996-02-29', '1999-12-31', '1980-01-01']) expect(birth(real).ok, real).to.equal(true);
    for (const unreal of ['1980-02-30', '1900-02-29', '2023-02-29', '1980-04-31', '1980-13-01', '1980-00-10', '1980-01-00', '14/12/1980', '1980-1-5']) {
      const result = birth(unreal);
      expect(result.ok, unreal).to.equal(false);
      if (!result.ok) expect(result.issues, unreal).to.deep.equal([{ field: 'birthDate', message: 'Must be a real date in YYYY-MM-DD form' }]);
    }
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const future = birth(tomorrow);
    expect(future.ok).to.equal(false);
    if (!future.ok) expect(future.issues).to.deep.equal([{ field: 'birthDate', message: 'Must not be in the future' }]);
  });
});
