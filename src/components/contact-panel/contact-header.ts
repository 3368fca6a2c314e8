import { html, nothing } from 'lit';
import { fullName, SOCIAL_NETWORKS, type Channel, type Contact } from '../../domain/index.js';
import { format, type Strings } from '../../i18n/strings.js';
import { initials } from './contact-fields.js';
import { channelLogo, starIcon } from './icons.js';

/** The social handle to show: the one of the network the conversation came from, else the first there is. */
export function socialHandle(contact: Contact, channel?: Channel): string | undefined {
  const own = channel && (SOCIAL_NETWORKS as readonly string[]).includes(channel)
    ? contact.social[channel as keyof Contact['social']] : undefined;
  const handle = own ?? SOCIAL_NETWORKS.map((network) => contact.social[network]).find(Boolean);
  if (!handle) return undefined;
  return /^https?:\/\//i.test(handle) || handle.startsWith('@') ? handle : `@${handle}`;
}

export type HeaderOptions = {
  contact: Contact;
  channel?: Channel;
  picture?: string;
  words: Strings['contactPanel'];
  vipBusy: boolean;
  onVip: () => void;
};

/** Seed 004's header: picture or initials, name, social handle, the channel's logo, Validated and VIP. */
export function renderHeader({ contact, channel, picture, words, vipBusy, onVip }: HeaderOptions) {
  const name = fullName(contact);
  const handle = socialHandle(contact, channel);
  const validated = contact.validated;
  return html`<header class="header" part="header">
    <span class="avatar" part="avatar">${picture
      ? html`<img src=${picture} alt="" part="avatar-image" />`
      : html`<span aria-hidden="true" class="initials">${initials(contact)}</span>`}</span>
    <div class="identity">
      <h2 class="name" part="name">${name}</h2>
      ${handle ? html`<span class="handle" part="handle">${handle}</span>` : nothing}
      <div class="badges">
        <span class="badge ${validated ? 'validated' : 'not-validated'}" part="validated-badge" tabindex="0"
          aria-describedby="validated-meaning">${validated ? words.validated : words.notValidated}</span>
        <span role="tooltip" id="validated-meaning" class="tooltip" part="tooltip">${validated
          ? words.validatedMeaning : words.notValidatedMeaning}</span>
      </div>
    </div>
    ${channel ? html`<span class="channel" part="channel">${channelLogo(channel, format(words.cameFrom, {
      channel: words.channels[channel] }))}</span>` : nothing}
    <button type="button" class="button vip ${contact.vip ? 'on' : ''}" part="vip-button" aria-pressed=${String(contact.vip)}
      title=${contact.vip ? words.vipOn : words.vipOff} ?disabled=${vipBusy} @click=${onVip}>${starIcon}${words.vip}</button>
  </header>`;
}
