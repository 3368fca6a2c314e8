import { registerEnglish } from '../strings.js';
/** Words of rp-timeline, the communication history of a conversation. */
export const timeline = {
  label: 'Communication history',
  loading: 'Loading the communication history…',
  loadingOlder: 'Loading older messages…',
  empty: 'No communication yet',
  beginning: 'Beginning of the communication history',
  loadError: 'The communication history could not be loaded. {reason}',
  newMessages: 'New messages',
  jumpToLatest: 'Jump to the latest message',
  reply: 'Reply',
  cancelScheduled: 'Cancel',
  retry: 'Retry',
  working: 'Working…',
  actionFailed: '{action} failed. {reason}',
  /** What a screen reader hears first about each entry. */
  summary: '{author}, {kind}, {direction}, {channel}, {time}',
  announceInbound: 'New message from {author}: {body}',
  direction: { inbound: 'received', outbound: 'sent' },
  kinds: { contact: 'contact', agent: 'agent', bot: 'automated workflow', system: 'system message' },
  channels: {
    sms: 'Text', email: 'Email', facebook: 'Facebook', kijiji: 'Kijiji', webchat: 'Web chat',
    call: 'Call', listing: 'Listing source', form: 'Form',
  },
  from: 'From {address}',
  fromTo: 'From {from} to {to}',
  to: 'To {address}',
  subject: 'Subject: {subject}',
  external: 'External communication',
  externalDetail: '{direction} · {type} · logged by {who}',
  externalDirection: { inbound: 'Inbound', outbound: 'Outbound' },
  externalTypes: { initial: 'Initial', 'follow-up': 'Follow-Up', 'non-responder': 'Non-Responder', reply: 'Reply' },
  unknownStaff: 'a former user',
  status: {
    scheduled: 'Scheduled for {time}', queued: 'Queued', sent: 'Sent', delivered: 'Delivered', read: 'Read',
    failed: 'Failed', canceled: 'Canceled',
  },
  failedReason: 'Failed: {reason}',
  attachments: 'Attachments',
  openImage: 'Open {name} larger',
  download: 'Download {name} ({size})',
  recording: 'Call recording {name}',
  closeImage: 'Close',
};

registerEnglish('timeline', timeline);
