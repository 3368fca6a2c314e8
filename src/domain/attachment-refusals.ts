/**
 * Why a file cannot be attached, in English, with `{name}`, `{size}` and
 * `{limit}` to fill: `checkAttachment`'s `reason`, and the English word table
 * the elements tell it from.
 */
export const ATTACHMENT_REFUSAL_MESSAGES = {
  empty: '"{name}" is empty.',
  notAudio: '"{name}" can\'t be attached: a call takes an audio file (MP3, WAV, OGG, M4A or WebM), and this file\'s content is not one of those.',
  notImageOrPdf: '"{name}" can\'t be attached: a message takes an image (PNG, JPEG, GIF or WEBP) or a PDF document, and this file\'s content is not one of those.',
  tooLarge: {
    call: '"{name}" is {size}; a call recording can be at most {limit}.',
    email: '"{name}" is {size}; an email attachment can be at most {limit}.',
    message: '"{name}" is {size}; a message attachment can be at most {limit}.',
  },
};
