import type { Contact, Staff, Template } from '../../domain/index.js';
import { RapportError } from '../errors.js';

export const isAdmin = (user: Staff) => user.role === 'admin';

/** Seed 002: an agent sees the contacts they own and those shared with them; an admin sees all. */
export function canSeeContact(contact: Contact, user: Staff): boolean {
  return isAdmin(user) || contact.ownerId === user.id || contact.sharedWith.includes(user.id);
}

/** Seed 002: deleting, sharing and transferring are for the owner or an admin. */
export function canManageContact(contact: Contact, user: Staff): boolean {
  return isAdmin(user) || contact.ownerId === user.id;
}

export function assertCanManageContact(contact: Contact, user: Staff, action: 'delete' | 'share' | 'transfer'): void {
  if (!canManageContact(contact, user)) {
    throw RapportError.permission(`Only the contact's owner or an administrator can ${action} this contact`);
  }
}

/** Seed 001: a local template is its owner's alone; a global one is everyone's to use. */
export function canSeeTemplate(template: Pick<Template, 'scope' | 'ownerId'>, user: Staff): boolean {
  return template.scope === 'global' || template.ownerId === user.id;
}

/** Only an administrator creates, edits or deletes a global template; a local one is its owner's. */
export function assertCanEditTemplate(template: Pick<Template, 'scope' | 'ownerId'>, user: Staff): void {
  if (template.scope === 'global' && !isAdmin(user)) {
    throw RapportError.permission('Only an administrator can create, edit or delete a global template');
  }
  if (template.scope === 'local' && template.ownerId !== user.id) {
    throw RapportError.permission('A local template can be changed only by the person who made it');
  }
}
