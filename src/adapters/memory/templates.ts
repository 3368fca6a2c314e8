import { MESSAGE_TYPES, TemplateInputSchema, type MessageType, type Template, type TemplateInput } from '../../domain/index.js';
import { RapportError } from '../errors.js';
import { assertCanEditTemplate, canSeeTemplate, invalid, parseInput } from '../rules/index.js';
import { clone, type Scope } from './scope.js';

/** Global templates and the user's own local ones, by name. */
export function listTemplates(scope: Scope, query: { messageType?: MessageType } = {}): Template[] {
  if (query.messageType !== undefined && !MESSAGE_TYPES.includes(query.messageType)) {
    invalid('messageType', `Must be one of ${MESSAGE_TYPES.join(', ')}`);
  }
  const templates = [...scope.store.templates.values()]
    .filter((template) => canSeeTemplate(template, scope.user))
    .filter((template) => query.messageType === undefined || template.messageType === query.messageType)
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return clone(templates);
}

/** Creates when there is no id, updates otherwise; only an admin touches a global template. */
export function saveTemplate(scope: Scope, input: TemplateInput): Template {
  const { store, user } = scope;
  const parsed = parseInput(TemplateInputSchema, input);
  const { id, ...fields } = parsed;
  if (id === undefined) {
    const template: Template = { ...fields, id: store.newId('template'), ownerId: user.id };
    assertCanEditTemplate(template, user);
    store.templates.set(template.id, template);
    store.emit({ type: 'template', action: 'created', template });
    return clone(template);
  }
  const current = visibleTemplate(scope, id);
  assertCanEditTemplate(current, user);
  // A global template made local becomes the local template of whoever did it (an admin).
  const ownerId = fields.scope === 'local' && current.scope === 'global' ? user.id : current.ownerId;
  const template: Template = { ...fields, id, ownerId };
  // Checked again as saved: turning a local template global is making a global one, admins only.
  assertCanEditTemplate(template, user);
  store.templates.set(id, template);
  store.emit({ type: 'template', action: 'updated', template });
  return clone(template);
}

export function deleteTemplate(scope: Scope, id: string): void {
  const template = visibleTemplate(scope, id);
  assertCanEditTemplate(template, scope.user);
  scope.store.templates.delete(id);
  scope.store.emit({ type: 'template', action: 'deleted', templateId: id });
}

function visibleTemplate(scope: Scope, id: string): Template {
  const template = scope.store.templates.get(id);
  if (!template || !canSeeTemplate(template, scope.user)) throw RapportError.notFound('Template', id);
  return template;
}
