/** What a key press asks of the inbox, or nothing. */
export type ShortcutAction = 'next' | 'previous' | 'composer' | 'help';

export const SHORTCUTS: readonly ShortcutAction[] = ['next', 'previous', 'composer', 'help'];

const isTyping = (target: EventTarget | undefined) => {
  const element = target as HTMLElement | undefined;
  if (!element || !(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
};

/**
 * The inbox's shortcuts: Alt with an arrow or C works anywhere, since Alt
 * combinations do not type text; a bare "?" opens the list only when the person
 * is not typing. `code` is used for C, so a layout where Alt+C types "ç" works too.
 */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.ctrlKey || event.metaKey) return undefined;
  if (event.altKey && !event.shiftKey) {
    if (event.key === 'ArrowDown') return 'next';
    if (event.key === 'ArrowUp') return 'previous';
    if (event.code === 'KeyC') return 'composer';
    return undefined;
  }
  if (!event.altKey && event.key === '?' && !isTyping(event.composedPath()[0])) return 'help';
  return undefined;
}
