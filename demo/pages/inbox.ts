/** The conversations inbox. */
export function renderInboxPage(page: HTMLElement): void {
  const inbox = document.createElement('rp-inbox');
  inbox.style.height = 'calc(100dvh - 6rem)';
  page.append(inbox);
}
