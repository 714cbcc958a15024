// How imported records are matched with the library: phrases by text, templates by name,
// categories by id.
import type { LibraryDb } from './schema';
import type { BackupPhrase, BackupTemplate, Category, Phrase, Template } from './types';

export function withoutId<T extends { id?: number }>(record: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = record;
  return rest;
}

export const samePhrase = (a: BackupPhrase, b: Phrase) =>
  a.category === b.category && a.favourite === b.favourite && JSON.stringify(a.tags) === JSON.stringify(b.tags);
export const sameTemplate = (a: BackupTemplate, b: Template) => a.body === b.body && a.kind === b.kind;
export const sameCategory = (a: Category, b: Category) => a.name.zh === b.name.zh && a.name.en === b.name.en;

export interface Matches {
  phrases: Map<string, Phrase>;
  templates: Map<string, Template>;
  categories: Map<string, Category>;
}

export async function readMatches(db: LibraryDb): Promise<Matches> {
  return {
    phrases: new Map((await db.phrases.toArray()).map((p) => [p.text, p])),
    templates: new Map((await db.templates.toArray()).map((t) => [t.name, t])),
    categories: new Map((await db.categories.toArray()).map((c) => [c.id, c])),
  };
}
