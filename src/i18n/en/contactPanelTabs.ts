import { registerEnglishPart } from '../strings.js';
/** Words of rp-contact-panel's Activity, Sharing and Change Log tabs, which load on use. */
export const contactPanelTabs = {
  activity: {
    inquiries: 'Inquiry History',
    engagement: 'Engagement',
    journey: 'Journey',
    open: 'Open',
    closed: 'Closed',
    noInquiries: 'No inquiries yet.',
    noEngagement: 'No outbound calls or texts yet.',
    noJourney: 'No pages visited yet.',
    call: 'Call',
    sms: 'Text',
    loadFailed: 'The activity could not be loaded.',
  },
  sharing: {
    owner: 'Owner',
    sharedWith: 'Shared with',
    created: 'Created',
    notShared: 'Not shared with anyone',
    unknownStaff: 'Former staff member ({id})',
  },
  changeLog: {
    intro: 'The last five changes.',
    empty: 'No changes yet.',
    change: '{field}: {from} → {to}',
    blank: '(empty)',
    loadFailed: 'The change log could not be loaded.',
    by: '{who} · {time}',
  },
};

registerEnglishPart('contactPanel', contactPanelTabs);
