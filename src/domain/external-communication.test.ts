import { expect } from '@open-wc/testing';
import { attachmentPurposeFor, callBody, isInTheFuture, listingSourceName, parseCallMinutes } from './external-communication.js';

describe('external communication rules (seed 000)', () => {
  it('refuses only a time after now', () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    expect(isInTheFuture('2025-06-01T12:00:00Z', now)).to.be.false;
    expect(isInTheFuture('2025-06-01T12:01:00Z', now)).to.be.true;
    expect(isInTheFuture('2025-06-01T13:30:00+02:00', now)).to.be.false;
  });

  it('names the listing source as the listing does, or not at all', () => {
    expect(listingSourceName({ listing: { source: ' Craigslist ' } })).to.equal('Craigslist');
    expect(listingSourceName({ listing: { source: '' } })).to.equal(undefined);
    expect(listingSourceName({ listing: 'Facebook' })).to.equal(undefined);
    expect(listingSourceName(undefined)).to.equal(undefined);
  });

  it('takes audio for a call and images or PDF for the rest', () => {
    expect(attachmentPurposeFor('call')).to.equal('call');
    expect(['sms', 'email', 'listing'].map((c) => attachmentPurposeFor(c as 'sms'))).to.deep.equal(['message', 'message', 'message']);
  });

  it('reads a call duration as whole minutes from 1 to a day', () => {
    expect(parseCallMinutes(' 12 ')).to.deep.equal({ ok: true, minutes: 12 });
    expect(parseCallMinutes('')).to.deep.equal({ ok: false, reason: 'required' });
    for (const bad of ['0', '1.5', '-3', 'ten', '1441']) expect(parseCallMinutes(bad).ok, bad).to.be.false;
  });

  it('stores a call as its description then "Duration: N min"', () => {
    expect(callBody('  Agreed on Saturday ', 12)).to.equal('Agreed on Saturday\n\nDuration: 12 min');
  });
});
