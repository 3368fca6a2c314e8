import { registerEnglish } from '../strings.js';

/** Why a file cannot be attached, shared by the elements that take files. */
export const attachments = {
  empty: '"{name}" is empty.',
  notAudio: '"{name}" can\'t be attached: a call takes an audio file (MP3, WAV, OGG, M4A or WebM), and this file\'s content is not one of those.',
  notImageOrPdf: '"{name}" can\'t be attached: a message takes an image (PNG, JPEG, GIF or WEBP) or a PDF document, and this file\'s content is not one of those.',
  tooLarge: {
    call: '"{name}" is {size}; a call recording can be at most {limit}.',
    email: '"{name}" is {size}; an email attachment can be at most {limit}.',
    message: '"{name}" is {size}; a message attachment can be at most {limit}.',
  },
};

registerEnglish('attachments', attachments);
