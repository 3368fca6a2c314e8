import { codePointLength, NOTE_MAX_LENGTH } from '../../domain/index.js';

/** The first `max` code points of `text`: never half of an emoji's surrogate pair. */
export function clipToCodePoints(text: string, max: number): string {
  if (max <= 0) return '';
  let end = 0;
  let count = 0;
  for (const char of text) {
    if (count === max) break;
    end += char.length;
    count += 1;
  }
  return text.slice(0, end);
}

/** What a person tried to put into a note field, and how much of it fitted. */
export type InsertOutcome = { inserted: string; dropped: number };

/**
 * Puts `text` at the caret of a note's text area, keeping the whole within
 * `max` code points: what does not fit is left out (and counted, so the person
 * is told), and the caret lands after what went in.
 */
export function insertWithinLimit(area: HTMLTextAreaElement, text: string, max = NOTE_MAX_LENGTH): InsertOutcome {
  const { selectionStart, selectionEnd, value } = area;
  const kept = codePointLength(value.slice(0, selectionStart)) + codePointLength(value.slice(selectionEnd));
  const inserted = clipToCodePoints(text, Math.max(0, max - kept));
  area.setRangeText(inserted, selectionStart, selectionEnd, 'end');
  return { inserted, dropped: codePointLength(text) - codePointLength(inserted) };
}

/**
 * Wires a note text area so the limit can never be passed: typing stops at the
 * limit, a paste or drop is cut at a code point boundary, and `onChange` hears
 * the new text together with how many characters were left out.
 */
export function limitHandlers(onChange: (value: string, dropped: number) => void, max = NOTE_MAX_LENGTH) {
  const insert = (event: Event, area: HTMLTextAreaElement, text: string) => {
    event.preventDefault();
    const { dropped } = insertWithinLimit(area, text, max);
    onChange(area.value, dropped);
  };
  return {
    onPaste(event: ClipboardEvent) {
      insert(event, event.currentTarget as HTMLTextAreaElement, event.clipboardData?.getData('text/plain') ?? '');
    },
    onDrop(event: DragEvent) {
      const text = event.dataTransfer?.getData('text/plain');
      if (text) insert(event, event.currentTarget as HTMLTextAreaElement, text);
    },
    onBeforeInput(event: InputEvent) {
      const area = event.currentTarget as HTMLTextAreaElement;
      const text = event.inputType === 'insertLineBreak' ? '\n' : event.data;
      if (!text || !event.inputType.startsWith('insert')) return;
      const after = codePointLength(area.value) - codePointLength(area.value.slice(area.selectionStart, area.selectionEnd)) + codePointLength(text);
      if (after > max) insert(event, area, text);
    },
    onInput(event: Event) {
      // Anything that slipped past the checks above (autocorrect, IME) is cut here.
      const area = event.currentTarget as HTMLTextAreaElement;
      const length = codePointLength(area.value);
      if (length > max) area.value = clipToCodePoints(area.value, max);
      onChange(area.value, Math.max(0, length - max));
    },
  };
}
