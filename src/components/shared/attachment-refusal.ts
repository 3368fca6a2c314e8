import type { AttachmentRefusal } from '../../domain/index.js';
import type { Formatters } from '../../i18n/format.js';
import { format, type Strings } from '../../i18n/strings.js';
import '../../i18n/en/attachments.js';

/** Says in the element's language why the file `name` cannot be attached. */
export function attachmentRefusalText(refusal: AttachmentRefusal, name: string, words: Strings['attachments'], formatters: Formatters): string {
  switch (refusal.problem) {
    case 'empty':
      return format(words.empty, { name });
    case 'kind':
      return format(refusal.accepts === 'audio' ? words.notAudio : words.notImageOrPdf, { name });
    case 'size':
      return format(words.tooLarge[refusal.as], { name, size: formatters.fileSize(refusal.size), limit: formatters.fileSize(refusal.limit) });
  }
}
