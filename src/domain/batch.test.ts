import { expect } from '@open-wc/testing';
import {
  batchSummary, checkBatchEligibility, groupExclusions, type BatchOptions, type BatchRecord,
} from './batch.js';
import { loadPhoneRules } from './phone.js';

let sequence = 0;

function record(overrides: { contact?: Partial<BatchRecord['contact']>; context?: Record<string, unknown> } = {}): BatchRecord {
  sequence += 1;
  return {
    conversation: {
      id: `c${sequence}`,
      context: overrides.context ?? { vehicle: { year: 2019, make: 'Honda', model: 'Civic' }, listing: { source: 'kijiji', stage: 'new' } },
    },
    contact: {
      firstName: 'Ana',
      lastName: `Seller ${sequence}`,
      phones: { mobile: { number: `+1416555${String(sequence).padStart(4, '0')}` } },
      emails: { primary: `seller${sequence}@example.com` },
      address: {},
      dealership: false,
      ...overrides.contact,
    },
  };
}

const account: BatchOptions['account'] = { tier: 'professional', features: {} };
const texts: BatchOptions = { channel: 'sms', account };
const emails: BatchOptions = { channel: 'email', account };

function reasonOf(one: BatchRecord, options: BatchOptions = texts) {
  const result = checkBatchEligibility([one], options);
  return result.excluded[0]?.reason;
}

describe('checkBatchEligibility (seed 001)', () => {
  it('keeps a good record and says where the text goes', () => {
    const one = record();
    const result = checkBatchEligibility([one], texts);
    expect(result.excluded).to.deep.equal([]);
    expect(result.eligible).to.deep.equal([{ record: one, to: one.contact.phones.mobile!.number }]);
  });

  it('leaves out a seller reported as a dealership', () => {
    expect(reasonOf(record({ contact: { dealership: true } }))).to.equal('dealership');
  });

  it('leaves out a seller whose name, phone, email or full address was reported as a dealership', () => {
    const reported = {
      fullNames: ['Bob  Dealer'],
      phones: ['+1 (416) 555-9999'],
      emails: ['SALES@DEALER.CA'],
      addresses: [{ street: '1 Main St', city: 'Toronto', state: 'ON', zip: 'M1M 1M1', country: 'CA' }],
    };
    const options = { ...texts, reportedDealerships: reported };
    expect(reasonOf(record({ contact: { firstName: 'bob', lastName: 'dealer' } }), options)).to.equal('dealership');
    expect(reasonOf(record({ contact: { phones: { work: { number: '+14165559999' } } } }), options)).to.equal('dealership');
    expect(reasonOf(record({ contact: { emails: { other: 'sales@dealer.ca' } } }), options)).to.equal('dealership');
    const address = { street: '1 main st.', city: 'toronto', state: 'ON', zip: 'M1M1M1', country: 'CA' };
    expect(reasonOf(record({ contact: { address } }), options)).to.equal('dealership');
    expect(reasonOf(record({ contact: { address: { ...address, street: '2 Main St' } } }), options)).to.equal(undefined);
  });

  it('leaves out listings at stage DNC or Pass', () => {
    expect(reasonOf(record({ context: { listing: { source: 'kijiji', stage: 'DNC' } } }))).to.equal('stage-dnc');
    expect(reasonOf(record({ context: { listing: { source: 'kijiji', stage: 'Do Not Contact' } } }))).to.equal('stage-dnc');
    expect(reasonOf(record({ context: { listing: { source: 'kijiji', stage: 'Pass' } } }))).to.equal('stage-pass');
    expect(reasonOf(record({ context: { listing: { source: 'kijiji', stage: 'Contacted' } } }))).to.equal(undefined);
  });

  it('leaves out a source we cannot message, and takes the list from the host', () => {
    const auction = record({ context: { listing: { source: 'Auction Feed' } } });
    expect(reasonOf(auction)).to.equal('unsupported-source');
    expect(checkBatchEligibility([auction], texts).excluded[0].detail).to.contain('Auction Feed');
    expect(reasonOf(auction, { ...texts, messageableSources: ['auction-feed'] })).to.equal(undefined);
    expect(reasonOf(record({ context: { listing: { source: 'kijiji' } } }), { ...texts, messageableSources: ['autotrader'] })).to.equal(
      'unsupported-source',
    );
    expect(reasonOf(record({ context: { listing: { source: 'Cars.com' } } }))).to.equal(undefined);
    expect(reasonOf(record({ context: {} }))).to.equal(undefined);
  });

  it('leaves out a Facebook listing without a phone number, even for email', () => {
    const facebook = record({ context: { listing: { source: 'Facebook' } }, contact: { phones: {} } });
    expect(reasonOf(facebook)).to.equal('facebook-without-phone');
    expect(reasonOf(facebook, emails)).to.equal('facebook-without-phone');
    expect(reasonOf(record({ context: { listing: { source: 'facebook' } } }))).to.equal(undefined);
  });

  it('names each phone problem for a text', () => {
    const withMobile = (mobile: object) => record({ contact: { phones: { mobile: { number: '+14165550101', ...mobile } } } });
    expect(reasonOf(record({ contact: { phones: {} } }))).to.equal('no-phone');
    expect(reasonOf(withMobile({ number: '416-555-0101' }))).to.equal('invalid-phone');
    expect(reasonOf(withMobile({ textable: false }))).to.equal('not-textable');
    expect(reasonOf(withMobile({ blocked: true }))).to.equal('blocked');
    expect(reasonOf(withMobile({ dnc: true }))).to.equal('dnc-phone');
    expect(reasonOf(withMobile({ landline: true }))).to.equal('landline');
    const result = checkBatchEligibility([withMobile({ landline: true })], texts);
    expect(result.excluded[0].detail).to.equal('+14165550101 is a landline');
  });

  it('texts another number flagged textable when the mobile cannot take one', () => {
    const one = record({ contact: { phones: { mobile: { number: '+14165550101', dnc: true }, work: { number: '+14165550102', textable: true } } } });
    expect(checkBatchEligibility([one], texts).eligible[0].to).to.equal('+14165550102');
  });

  it('sends to the same phone number once: the later records are duplicates', () => {
    const phones = { mobile: { number: '+14165550123' } };
    const [first, second, third] = [record({ contact: { phones } }), record({ contact: { phones } }), record({ contact: { phones } })];
    const result = checkBatchEligibility([first, second, third], texts);
    expect(result.eligible.map((entry) => entry.record)).to.deep.equal([first]);
    expect(result.excluded.map((entry) => [entry.record, entry.reason])).to.deep.equal([
      [second, 'duplicate-phone'],
      [third, 'duplicate-phone'],
    ]);
  });

  it('does not count a number from a left-out record as taken', () => {
    const phones = { mobile: { number: '+14165550124' } };
    const passed = record({ contact: { phones }, context: { listing: { stage: 'pass' } } });
    const kept = record({ contact: { phones } });
    expect(checkBatchEligibility([passed, kept], texts).eligible.map((entry) => entry.record)).to.deep.equal([kept]);
  });

  it('does not care about phone numbers for an email batch', () => {
    expect(reasonOf(record({ contact: { phones: {} } }), emails)).to.equal(undefined);
  });

  it('emails a valid address with the default subject (seed 001)', () => {
    const one = record();
    expect(checkBatchEligibility([one], emails).eligible[0]).to.deep.equal({
      record: one,
      to: one.contact.emails.primary,
      subject: 'Inquiry about your 2019 Honda Civic',
    });
    const bare = record({ context: { listing: { source: 'kijiji' } } });
    expect(checkBatchEligibility([bare], emails).eligible[0].subject).to.equal('Inquiry about your vehicle');
  });

  it('leaves out a missing or invalid email, trying the other address first', () => {
    expect(reasonOf(record({ contact: { emails: {} } }), emails)).to.equal('no-email');
    expect(reasonOf(record({ contact: { emails: { primary: 'ana@' } } }), emails)).to.equal('invalid-email');
    const fallback = record({ contact: { emails: { primary: 'ana@', other: 'ana@example.com' } } });
    expect(checkBatchEligibility([fallback], emails).eligible[0].to).to.equal('ana@example.com');
  });

  it('names the address at fault as given, even one holding a replacement pattern', () => {
    const [exclusion] = checkBatchEligibility([record({ contact: { emails: { primary: 'a$&b@' } } })], emails).excluded;
    expect(exclusion.value).to.equal('a$&b@');
    expect(exclusion.detail).to.equal('a$&b@ is not a valid email address');
  });

  it('leaves everything out, with a reason, when the account cannot send on the channel', () => {
    const result = checkBatchEligibility([record(), record()], { channel: 'sms', account: { tier: 'standard', features: {} } });
    expect(result.eligible).to.have.length(0);
    expect(result.excluded.map((entry) => entry.reason)).to.deep.equal(['channel-unavailable', 'channel-unavailable']);
    expect(reasonOf(record(), { channel: 'email', account: { tier: 'accelerated', features: { email: false } } })).to.equal(
      'channel-unavailable',
    );
    // Seed 003: no call tracking number that supports SMS, no texts; email is not affected.
    const noNumbers = { tier: 'professional' as const, features: {}, smsNumbers: [] };
    expect(reasonOf(record(), { channel: 'sms', account: noNumbers })).to.equal('channel-unavailable');
    expect(reasonOf(record(), { channel: 'sms', account: { ...noNumbers, smsNumbers: ['+15555550100'] } })).to.equal(undefined);
  });

  it('finds landlines and numbers that do not exist with loaded phone rules', async () => {
    const phoneRules = await loadPhoneRules();
    const landline = record({ contact: { phones: { mobile: { number: '+442079460018' } } } });
    const invalid = record({ contact: { phones: { mobile: { number: '+85212345678' } } } });
    const mobile = record({ contact: { phones: { mobile: { number: '+447400123456' } } } });
    const result = checkBatchEligibility([landline, invalid, mobile], { ...texts, phoneRules });
    expect(result.excluded.map((entry) => entry.reason)).to.deep.equal(['landline', 'invalid-phone']);
    expect(result.eligible.map((entry) => entry.record)).to.deep.equal([mobile]);
    // Without the rules only the stored flags count.
    expect(checkBatchEligibility([landline], texts).eligible).to.have.length(1);
  });

  it('checks 10,000 records, each once, sending a repeated phone once (speed is in bench/batch)', () => {
    const records = Array.from({ length: 10_000 }, (_, index) =>
      record({
        contact: { phones: { mobile: { number: `+1416${String(index % 9000).padStart(7, '0')}`, landline: index % 7 === 0 } } },
        context: { listing: { source: index % 11 === 0 ? 'auction' : 'kijiji', stage: index % 13 === 0 ? 'pass' : 'new' } },
      }),
    );
    const reported = { phones: Array.from({ length: 1000 }, (_, index) => `+1999${String(index).padStart(7, '0')}`) };
    const result = checkBatchEligibility(records, { ...texts, reportedDealerships: reported });
    expect(result.eligible.length + result.excluded.length).to.equal(10_000);
    expect(result.excluded.some((entry) => entry.reason === 'duplicate-phone')).to.equal(true);
    const sentTo = result.eligible.map((entry) => entry.to);
    expect(new Set(sentTo).size).to.equal(sentTo.length);
  });
});

describe('groupExclusions', () => {
  it('groups the left-out records by reason, in the reasons order', () => {
    const records = [
      record({ context: { listing: { stage: 'pass' } } }),
      record({ contact: { dealership: true } }),
      record({ context: { listing: { stage: 'pass' } } }),
      record(),
    ];
    const groups = groupExclusions(checkBatchEligibility(records, texts).excluded);
    expect(groups.map((group) => [group.reason, group.exclusions.length])).to.deep.equal([
      ['dealership', 1],
      ['stage-pass', 2],
    ]);
    expect(groups[1].exclusions.map((entry) => entry.record)).to.deep.equal([records[0], records[2]]);
  });
});

describe('batchSummary', () => {
  it('counts "Send to N of M" and each reason', () => {
    const records = [record(), record({ contact: { dealership: true } }), record({ contact: { phones: {} } }), record()];
    const summary = batchSummary(checkBatchEligibility(records, texts));
    expect(summary).to.deep.equal({
      total: 4,
      eligible: 2,
      excluded: 2,
      byReason: { dealership: 1, 'no-phone': 1 },
      label: 'Send to 2 of 4',
    });
  });
});
