import { expect } from '@open-wc/testing';
import { isInFuture, zonedTimeToInstant } from './schedule.js';

describe('zonedTimeToInstant', () => {
  it('gives the one instant of an ordinary time', () => {
    expect(zonedTimeToInstant('2026-07-01T09:30', 'America/Toronto')).to.deep.equal({
      kind: 'exact', instant: '2026-07-01T13:30:00.000Z',
    });
    expect(zonedTimeToInstant('2026-01-15T09:30', 'Europe/Madrid')).to.deep.equal({
      kind: 'exact', instant: '2026-01-15T08:30:00.000Z',
    });
  });

  it('says a time skipped by the spring-forward change does not exist', () => {
    expect(zonedTimeToInstant('2026-03-08T02:30', 'America/Toronto')).to.deep.equal({ kind: 'nonexistent' });
  });

  it('gives both instants of a time that happens twice when clocks go back', () => {
    expect(zonedTimeToInstant('2026-11-01T01:30', 'America/Toronto')).to.deep.equal({
      kind: 'ambiguous', earlier: '2026-11-01T05:30:00.000Z', later: '2026-11-01T06:30:00.000Z',
    });
  });

  it('refuses text that is not a date and time, and dates that do not exist', () => {
    expect(zonedTimeToInstant('tomorrow', 'UTC').kind).to.equal('invalid');
    expect(zonedTimeToInstant('2026-02-31T10:00', 'UTC').kind).to.equal('invalid');
  });

  it('tells a future instant from a past one', () => {
    expect(isInFuture('2026-01-01T00:00:01Z', Date.parse('2026-01-01T00:00:00Z'))).to.equal(true);
    expect(isInFuture('2025-12-31T23:59:59Z', Date.parse('2026-01-01T00:00:00Z'))).to.equal(false);
  });
});
