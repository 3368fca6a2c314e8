import { expect } from '@open-wc/testing';
import {
  CHANNEL_LABELS, SENDABLE_CHANNELS, availableChannels, channelForMessageType, defaultChannel, messageTypeForChannel,
  noChannelReason, outboundOptions, type AvailabilityInput, type ChannelAvailability, type SendableChannel,
} from './channels.js';
import type { Account } from './schemas/index.js';

const proAccount: AvailabilityInput['account'] = { tier: 'professional', country: 'CA', features: { facebook: true, kijiji: true, webchat: true } };
const contact = {
  phones: { mobile: { number: '+14165550101' } },
  emails: { primary: 'ana@example.com' },
  social: {},
};
const kijijiContext = { listing: { source: 'Kijiji' } };

function byChannel(availability: ChannelAvailability[]) {
  return Object.fromEntries(availability.map((entry) => [entry.channel, entry])) as Record<SendableChannel, ChannelAvailability>;
}

function only(...channels: SendableChannel[]): ChannelAvailability[] {
  return SENDABLE_CHANNELS.map((channel) => ({ channel, available: channels.includes(channel) }));
}

const message = (channel: string, occurredAt: string, external = false) =>
  ({ channel, occurredAt, ...(external ? { external: { type: 'reply', loggedBy: 'u1' } } : {}) }) as Parameters<typeof defaultChannel>[0]['messages'][number];

describe('availableChannels', () => {
  it('lists every sendable channel once, in menu order, with "Text" for SMS', () => {
    const availability = availableChannels({ account: proAccount, contact, context: kijijiContext });
    expect(availability.map((entry) => entry.channel)).to.deep.equal(['sms', 'email', 'facebook', 'kijiji', 'webchat', 'form']);
    expect(CHANNEL_LABELS.sms).to.equal('Text');
  });

  it('gives a standard account nothing, and says why (seed 001)', () => {
    const availability = availableChannels({ account: { ...proAccount, tier: 'standard' }, contact, context: kijijiContext });
    expect(availability.every((entry) => !entry.available)).to.equal(true);
    expect(availability[0]).to.deep.include({ reasonCode: 'standard-tier', reason: 'Standard accounts do not have communication' });
    expect(noChannelReason(availability)).to.equal('standard-tier');
  });

  it('offers Text, Email, Kijiji and Web Chat to a Canadian professional account with the features on', () => {
    const channels = byChannel(availableChannels({ account: proAccount, contact, context: kijijiContext }));
    expect(channels.sms.available).to.equal(true);
    expect(channels.email.available).to.equal(true);
    expect(channels.kijiji.available).to.equal(true);
    expect(channels.webchat.available).to.equal(true);
  });

  it('keeps Text closed, saying why, when the account has no call tracking number for SMS (seed 003)', () => {
    const channels = byChannel(availableChannels({ account: { ...proAccount, smsNumbers: [] }, contact, context: kijijiContext }));
    expect(channels.sms).to.deep.include({ available: false, reasonCode: 'no-sms-number' });
    expect(channels.sms.reason).to.contain('call tracking number');
    expect(channels.email.available).to.equal(true);
    expect(byChannel(availableChannels({ account: { ...proAccount, smsNumbers: ['+15555550100'] }, contact })).sms.available).to.equal(true);
  });

  it('keeps Kijiji from a US account even with the feature on', () => {
    const channels = byChannel(availableChannels({ account: { ...proAccount, country: 'US' }, contact, context: kijijiContext }));
    expect(channels.kijiji).to.deep.include({ available: false, reasonCode: 'not-in-country' });
    expect(channels.kijiji.reason).to.contain('Canadian');
  });

  it('shows Facebook and Kijiji only when the account has them', () => {
    const account = { ...proAccount, features: {} };
    const channels = byChannel(availableChannels({ account, contact: { ...contact, social: { facebook: 'ana.r' } }, context: kijijiContext }));
    expect(channels.facebook).to.deep.include({ available: false, reasonCode: 'feature-off', reason: 'Facebook is not active for this account' });
    expect(channels.kijiji).to.deep.include({ available: false, reasonCode: 'feature-off' });
    expect(channels.webchat).to.deep.include({ available: false, reason: 'Web Chat is not active for this account' });
  });

  it('needs a Facebook contact or a Facebook listing for Facebook, and a Kijiji listing for Kijiji', () => {
    const plain = byChannel(availableChannels({ account: proAccount, contact, context: { listing: { source: 'autotrader' } } }));
    expect(plain.facebook.reasonCode).to.equal('no-facebook');
    expect(plain.kijiji.reasonCode).to.equal('not-kijiji-listing');
    const facebookListing = byChannel(availableChannels({ account: proAccount, contact, context: { listing: { source: 'facebook' } } }));
    expect(facebookListing.facebook.available).to.equal(true);
  });

  it('disables Text with a reason when the contact has no mobile', () => {
    const channels = byChannel(availableChannels({ account: proAccount, contact: { ...contact, phones: {} } }));
    expect(channels.sms).to.deep.equal({ channel: 'sms', available: false, reason: 'No mobile number for this contact', reasonCode: 'no-mobile' });
  });

  it('accepts another number flagged textable in place of a mobile, but not an unflagged one', () => {
    const flagged = byChannel(availableChannels({ account: proAccount, contact: { ...contact, phones: { work: { number: '+14165550199', textable: true } } } }));
    expect(flagged.sms.available).to.equal(true);
    const unflagged = byChannel(availableChannels({ account: proAccount, contact: { ...contact, phones: { home: { number: '+14165550199' } } } }));
    expect(unflagged.sms.reason).to.equal('No mobile number for this contact');
  });

  it('says when the mobile is blocked, DNC or a landline', () => {
    const reasonFor = (flags: object) =>
      byChannel(availableChannels({ account: proAccount, contact: { ...contact, phones: { mobile: { number: '+14165550101', ...flags } } } })).sms.reasonCode;
    expect(reasonFor({ blocked: true })).to.equal('phone-blocked');
    expect(reasonFor({ dnc: true })).to.equal('phone-dnc');
    expect(reasonFor({ landline: true })).to.equal('phone-landline');
  });

  it('disables Email with a reason when the contact has no address', () => {
    const channels = byChannel(availableChannels({ account: proAccount, contact: { ...contact, emails: {} } }));
    expect(channels.email).to.deep.include({ available: false, reason: 'No email address for this contact' });
    const other = byChannel(availableChannels({ account: proAccount, contact: { ...contact, emails: { other: 'a@b.co' } } }));
    expect(other.email.available).to.equal(true);
  });

  it('turns Text or Email off only when the account says so', () => {
    const channels = byChannel(availableChannels({ account: { ...proAccount, features: { sms: false, email: false } }, contact }));
    expect(channels.sms.reasonCode).to.equal('feature-off');
    expect(channels.email.reasonCode).to.equal('feature-off');
  });

  it('offers Form only for a contact who wrote in through a form', () => {
    expect(byChannel(availableChannels({ account: proAccount, contact })).form.reasonCode).to.equal('not-form-lead');
    expect(byChannel(availableChannels({ account: proAccount, contact, context: { listing: { source: 'form' } } })).form.available).to.equal(true);
    expect(byChannel(availableChannels({ account: proAccount, contact, context: { form: { id: 'f1' } } })).form.available).to.equal(true);
  });
});

describe('defaultChannel (seed 001)', () => {
  it('follows the last non-external message, not an external one logged after it', () => {
    const messages = [
      message('sms', '2026-01-01T10:00:00Z'),
      message('email', '2026-01-02T10:00:00Z'),
      message('sms', '2026-01-03T10:00:00Z', true),
    ];
    expect(defaultChannel({ messages, availability: only('sms', 'email') })).to.equal('email');
  });

  it('goes by time, not by list order', () => {
    const messages = [message('email', '2026-01-05T10:00:00Z'), message('sms', '2026-01-02T10:00:00Z')];
    expect(defaultChannel({ messages, availability: only('sms', 'email') })).to.equal('email');
  });

  it('follows an inbound Facebook message when Facebook is available', () => {
    const messages = [message('sms', '2026-01-01T10:00:00Z'), message('facebook', '2026-01-02T10:00:00Z')];
    expect(defaultChannel({ messages, availability: only('sms', 'facebook') })).to.equal('facebook');
  });

  it('skips calls, which are not a message type', () => {
    const messages = [message('email', '2026-01-01T10:00:00Z'), message('call', '2026-01-02T10:00:00Z')];
    expect(defaultChannel({ messages, availability: only('sms', 'email') })).to.equal('email');
  });

  it('falls back to the priority order when the last channel is no longer available', () => {
    const messages = [message('kijiji', '2026-01-01T10:00:00Z')];
    expect(defaultChannel({ messages, availability: only('sms', 'email') })).to.equal('sms');
  });

  it('picks Text first when there is no non-external message', () => {
    const messages = [message('email', '2026-01-01T10:00:00Z', true)];
    expect(defaultChannel({ messages, availability: only('email', 'form', 'sms') })).to.equal('sms');
  });

  it('picks Form when Text is unavailable', () => {
    expect(defaultChannel({ messages: [], availability: only('email', 'form') })).to.equal('form');
  });

  it('picks Email when neither Text nor Form is available', () => {
    expect(defaultChannel({ messages: [], availability: only('email', 'facebook') })).to.equal('email');
  });

  it('gives none when nothing is available, so Send stays disabled with a reason', () => {
    const availability = availableChannels({ account: { tier: 'professional', country: 'US', features: {} }, contact: { phones: {}, emails: {} } });
    expect(defaultChannel({ messages: [], availability })).to.equal(undefined);
    // Closed for different reasons: no one reason to give.
    expect(noChannelReason(availability)).to.equal(undefined);
    expect(noChannelReason(only('sms'))).to.equal(undefined);
  });

  it('does not pick Facebook by priority even when it is the only channel', () => {
    expect(defaultChannel({ messages: [], availability: only('facebook') })).to.equal(undefined);
  });
});

describe('message types', () => {
  it('maps text to sms and back, and the others to themselves', () => {
    expect(channelForMessageType('text')).to.equal('sms');
    expect(messageTypeForChannel('sms')).to.equal('text');
    for (const type of ['email', 'facebook', 'kijiji'] as const) {
      expect(messageTypeForChannel(channelForMessageType(type))).to.equal(type);
    }
    expect(messageTypeForChannel('webchat')).to.equal(undefined);
    expect(messageTypeForChannel('call')).to.equal(undefined);
  });
});

describe('outboundOptions (seed 003)', () => {
  const account: Partial<Account> = { smsNumbers: ['+14165550000', '+14165550001'], emailAddresses: ['sales@dealer.ca'] };

  it('lists the SMS numbers to send from and the numbers that can take a text, mobile first', () => {
    const options = outboundOptions({
      account,
      channel: 'sms',
      contact: {
        phones: {
          home: { number: '+14165550177' },
          other: { number: '+14165550188', textable: true },
          mobile: { number: '+14165550101' },
          work: { number: '+14165550199', textable: true, dnc: true },
        },
      },
    });
    expect(options.from).to.deep.equal(['+14165550000', '+14165550001']);
    expect(options.to).to.deep.equal([
      { value: '+14165550101', kind: 'mobile' },
      { value: '+14165550188', kind: 'other' },
    ]);
  });

  it('lists the addresses to send from and to for email, each once', () => {
    const options = outboundOptions({ account, channel: 'email', contact: { emails: { primary: 'ana@example.com', other: 'ANA@example.com' } } });
    expect(options).to.deep.equal({ from: ['sales@dealer.ca'], to: [{ value: 'ana@example.com', kind: 'primary' }] });
  });

  it('has no choices for other channels', () => {
    expect(outboundOptions({ account, channel: 'webchat', contact: {} })).to.deep.equal({ from: [], to: [] });
  });
});
