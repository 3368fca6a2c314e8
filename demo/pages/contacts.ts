/** The External Contacts management screen. */
export function renderContactsPage(page: HTMLElement): void {
  page.append(document.createElement('rp-contacts'));
}
