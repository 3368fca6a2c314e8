import { ATTACHMENT_REFUSAL_MESSAGES } from '../../domain/attachment-refusals.js';
import { registerEnglish } from '../strings.js';

/** Why a file cannot be attached, shared by the elements that take files: the domain's own words. */
export const attachments = ATTACHMENT_REFUSAL_MESSAGES;

registerEnglish('attachments', attachments);
