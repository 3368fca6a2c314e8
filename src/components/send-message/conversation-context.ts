import type { RapportAdapter } from '../../adapters/adapter.js';
import {
  availableChannels, channelForMessageType, defaultChannel, messageTypeForChannel, outboundOptions,
  type ChannelAvailability, type SendableChannel,
} from '../../domain/channels.js';
import { defaultSubject } from '../../domain/subject.js';
import { emptyDraft } from './composer-draft.js';
import type { Contact, Conversation, Message, MessageType, Session } from '../../domain/index.js';
import { MESSAGE_TYPES } from '../../domain/index.js';
import { wildcardValues, WILDCARDS, type WildcardValues } from '../../domain/wildcards.js';

/** What the dialog needs to know about one conversation before anything can be written. */
export type ConversationContext = { conversation: Conversation; contact: Contact; messages: Message[] };

export async function loadConversationContext(
  backend: RapportAdapter,
  conversationId: string,
  signal: AbortSignal,
): Promise<ConversationContext> {
  const conversation = await backend.getConversation(conversationId);
  signal.throwIfAborted();
  const [contact, page] = await Promise.all([
    backend.getContact(conversation.contactId),
    backend.listMessages(conversationId, { limit: 50 }),
  ]);
  signal.throwIfAborted();
  return { conversation, contact, messages: page.items };
}

/** The channels, message types and wildcard values the session and the record allow. */
export function composerOptions(session: Session, context: ConversationContext) {
  const availability: ChannelAvailability[] = availableChannels({
    account: session.account, contact: context.contact, context: context.conversation.context,
  });
  // A message type is offered when the account has its channel, whether or not this contact can take it.
  const accountLacks = new Set(['feature-off', 'not-in-country', 'standard-tier']);
  const messageTypes = MESSAGE_TYPES.filter((type: MessageType) => {
    const entry = availability.find((candidate) => candidate.channel === channelForMessageType(type));
    return entry && (entry.available || !accountLacks.has(entry.reasonCode ?? ''));
  });
  const values: WildcardValues = wildcardValues({
    contact: context.contact, context: context.conversation.context, agent: session.user, account: session.account,
  });
  return { availability, messageTypes, values };
}

/** The keys of the wildcards whose tokens are listed, for naming them to the person. */
export function wildcardKeysOf(tokens: string[]) {
  return tokens.flatMap((token) => WILDCARDS.filter((wildcard) => wildcard.token === token).map((wildcard) => wildcard.key));
}

/** Seed 003's From and To for a channel: the current choice if still offered, else the first. */
export function outboundChoice(session: Session, context: ConversationContext, channel: SendableChannel | undefined,
  current: { from?: string; to?: string } = {}): { from?: string; to?: string } {
  if (!channel) return {};
  const choices = outboundOptions({ account: session.account, contact: context.contact, channel });
  return {
    from: choices.from.includes(current.from ?? '') ? current.from : choices.from[0],
    to: choices.to.find((choice) => choice.value === current.to)?.value ?? choices.to[0]?.value,
  };
}

/** Where the dialog starts for a conversation: seed 001's default channel and a fresh draft with the default subject. */
export function startingPoint(session: Session, context: ConversationContext) {
  const { availability } = composerOptions(session, context);
  const channel = defaultChannel({ messages: context.messages, availability });
  const messageType = (channel && messageTypeForChannel(channel)) ?? 'text';
  return { channel, draft: emptyDraft(messageType, defaultSubject(context.conversation.context)) };
}
