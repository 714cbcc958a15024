// Template repository.
import { openLibrary } from './connection';
import { addTombstone } from './defaults';
import { guarded } from './errors';
import { LibraryInputError, requireText } from './input-error';
import { LIMITS } from './limits';
import type { Template, TemplateKind } from './types';

const NAME = { zh: '模板名称', en: 'Template name' };
const BODY = { zh: '模板内容', en: 'Template body' };

const GONE = {
  zh: '这个模板已在其他窗口中被删除，您的修改没有保存。',
  en: 'This template was deleted in another window; your edit was not saved.',
};
const DUPLICATE = {
  zh: '已有同名的另一个模板，没有保存。',
  en: 'Another template already has this name; nothing was saved.',
};

export interface NewTemplate {
  name: string;
  kind?: TemplateKind;
  body: string;
}

export async function listTemplates(): Promise<Template[]> {
  return guarded(async () => (await openLibrary()).templates.toArray());
}

export async function getTemplate(id: number): Promise<Template | undefined> {
  return guarded(async () => (await openLibrary()).templates.get(id));
}

export async function addTemplate(input: NewTemplate, now = Date.now()): Promise<number> {
  const name = requireText(input.name, LIMITS.nameChars, NAME);
  const body = requireText(input.body, LIMITS.templateChars, BODY);
  return guarded(async () => {
    const id = await (await openLibrary()).templates.add({
      name,
      kind: input.kind === 'section' ? 'section' : 'document',
      body,
      source: 'user',
      createdAt: now,
      updatedAt: now,
    });
    return id as number;
  });
}

export type TemplateChanges = Partial<Pick<Template, 'name' | 'kind' | 'body'>>;

export async function updateTemplate(id: number, changes: TemplateChanges, now = Date.now()): Promise<void> {
  const patch: Partial<Template> = { updatedAt: now };
  if (changes.name !== undefined) patch.name = requireText(changes.name, LIMITS.nameChars, NAME);
  if (changes.body !== undefined) patch.body = requireText(changes.body, LIMITS.templateChars, BODY);
  if (changes.kind !== undefined) patch.kind = changes.kind === 'section' ? 'section' : 'document';
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', db.templates, async () => {
      const current = await db.templates.get(id);
      if (!current) throw new LibraryInputError(GONE);
      if (patch.name !== undefined && patch.name !== current.name) {
        const other = await db.templates.where('name').equals(patch.name).first();
        if (other && other.id !== id) throw new LibraryInputError(DUPLICATE);
      }
      await db.templates.update(id, patch);
    });
  });
}

export async function deleteTemplate(id: number): Promise<void> {
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', [db.templates, db.meta], async () => {
      const template = await db.templates.get(id);
      if (!template) return;
      if (template.defaultId) await addTombstone(db, template.defaultId);
      await db.templates.delete(id);
    });
  });
}
