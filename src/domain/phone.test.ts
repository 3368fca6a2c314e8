import { expect } from '@open-wc/testing';
import { checkPhone, formatPhone, isE164, loadPhoneRules, phoneProblem, textablePhone, type PhoneRules } from './phone.js';

describe('loadPhoneRules', () => {
  let rules: PhoneRules;
  before(async () => {
    rules = await loadPhoneRules();
  });

  it('loads once and gives the same rules to every caller', async () => {
    expect(await loadPhoneRules()).to.equal(rules);
  });

  it('reads a number typed with "+", country code, spaces, dashes and brackets (seed 002)', () => {
    const parsed = rules.parse('+1 (416) 555-0101');
    expect(parsed).to.deep.include({ ok: true, e164: '+14165550101', formatted: '+1 416 555 0101', country: 'CA' });
  });

  it('reads a national number with a default country', () => {
    expect(rules.parse('(020) 7946 0018', 'GB')).to.deep.include({ ok: true, e164: '+442079460018' });
    expect(rules.parse('416.555.0101', 'ca')).to.deep.include({ ok: true, e164: '+14165550101' });
  });

  it('tells a mobile from a landline', () => {
    expect(rules.parse('+447400123456')).to.deep.include({ ok: true, type: 'MOBILE', landline: false });
    expect(rules.parse('+442079460018')).to.deep.include({ ok: true, type: 'FIXED_LINE', landline: true });
    expect(rules.parse('+85251234567')).to.deep.include({ type: 'MOBILE', landline: false });
    expect(rules.parse('+85221234567')).to.deep.include({ type: 'FIXED_LINE', landline: true });
  });

  it('does not call a North American number a landline when it cannot tell', () => {
    expect(rules.parse('+14165550101')).to.deep.include({ type: 'FIXED_LINE_OR_MOBILE', landline: false });
  });

  it('says why a number is refused', () => {
    expect(rules.parse('')).to.deep.include({ ok: false, reason: 'empty' });
    expect(rules.parse('call me')).to.deep.include({ ok: false, reason: 'not-a-number' });
    expect(rules.parse('4165550101')).to.deep.include({ ok: false, reason: 'no-country' });
    expect(rules.parse('+1 416 5550')).to.deep.include({ ok: false, reason: 'too-short' });
    expect(rules.parse('+4420794600181234')).to.deep.include({ ok: false, reason: 'too-long' });
    expect(rules.parse('+85212345678')).to.deep.include({ ok: false, reason: 'invalid' });
    const refused = rules.parse('4165550101');
    expect(!refused.ok && refused.message).to.contain('country code');
  });

  it('formats for display: national at home, international abroad', () => {
    expect(rules.formatPhone('+14165550101', 'en-CA')).to.equal('(416) 555-0101');
    expect(rules.formatPhone('+14165550101', 'en-GB')).to.equal('+1 416 555 0101');
    expect(rules.formatPhone('+14165550101')).to.equal('+1 416 555 0101');
    expect(rules.formatPhone('not a number', 'en')).to.equal('not a number');
  });

  it('has async one-off forms', async () => {
    expect(await checkPhone('+447400123456')).to.deep.include({ ok: true, type: 'MOBILE' });
    expect(await formatPhone('+442079460018', 'en-GB')).to.equal('020 7946 0018');
  });
});

describe('isE164', () => {
  it('accepts the stored shape only', () => {
    expect(isE164('+14165550101')).to.equal(true);
    expect(isE164('14165550101')).to.equal(false);
    expect(isE164('+1 416 555 0101')).to.equal(false);
    expect(isE164('+0123456789')).to.equal(false);
  });
});

describe('phoneProblem', () => {
  it('names the first thing that stops a text', () => {
    expect(phoneProblem('mobile', { number: '416' })).to.equal('invalid-phone');
    expect(phoneProblem('mobile', { number: '+14165550101', blocked: true, dnc: true })).to.equal('blocked');
    expect(phoneProblem('mobile', { number: '+14165550101', dnc: true })).to.equal('dnc-phone');
    expect(phoneProblem('mobile', { number: '+14165550101', landline: true })).to.equal('landline');
    expect(phoneProblem('mobile', { number: '+14165550101', textable: false })).to.equal('not-textable');
    expect(phoneProblem('mobile', { number: '+14165550101' })).to.equal(undefined);
  });

  it('needs a non-mobile number to be flagged textable', () => {
    expect(phoneProblem('work', { number: '+14165550101' })).to.equal('not-textable');
    expect(phoneProblem('work', { number: '+14165550101', textable: true })).to.equal(undefined);
  });

  it('uses loaded rules to find landlines and numbers that do not exist', async () => {
    const rules = await loadPhoneRules();
    expect(phoneProblem('mobile', { number: '+442079460018' }, rules)).to.equal('landline');
    expect(phoneProblem('mobile', { number: '+85212345678' }, rules)).to.equal('invalid-phone');
    expect(phoneProblem('mobile', { number: '+447400123456' }, rules)).to.equal(undefined);
  });
});

describe('textablePhone', () => {
  it('prefers the mobile', () => {
    const phones = { work: { number: '+14165550199', textable: true }, mobile: { number: '+14165550101' } };
    expect(textablePhone(phones)).to.deep.equal({ ok: true, kind: 'mobile', number: '+14165550101' });
  });

  it('falls back to another textable number when the mobile cannot take a text', () => {
    const phones = { mobile: { number: '+14165550101', blocked: true }, other: { number: '+14165550188', textable: true } };
    expect(textablePhone(phones)).to.deep.equal({ ok: true, kind: 'other', number: '+14165550188' });
  });

  it("reports the mobile's problem when nothing can take a text", () => {
    const phones = { mobile: { number: '+14165550101', dnc: true }, home: { number: '+14165550177' } };
    expect(textablePhone(phones)).to.deep.include({ ok: false, problem: 'dnc-phone', kind: 'mobile' });
  });

  it('says no-phone when there is no number at all', () => {
    expect(textablePhone({})).to.deep.equal({ ok: false, problem: 'no-phone' });
    expect(textablePhone(undefined)).to.deep.equal({ ok: false, problem: 'no-phone' });
  });
});

describe('phone rules memory', () => {
  it('gives the same answer for the same number and country without parsing again', async () => {
    const rules = await loadPhoneRules();
    const first = rules.parse('+1 416 555 0101');
    expect(rules.parse('+1 416 555 0101')).to.equal(first);
    expect(rules.parse('416 555 0101', 'CA')).to.deep.include({ ok: true, e164: '+14165550101' });
    expect(rules.parse('416 555 0101')).to.deep.include({ ok: false, reason: 'no-country' });
  });
});
