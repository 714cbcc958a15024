// Installs shipped defaults on first run and merges new ones after an update: a default already
// present (edited or not) is left alone, a deleted one (tombstone) is never re-added.
import type { LibraryDb } from './schema';
import { META_DEFAULTS_VERSION, META_TOMBSTONES } from './schema';
import type { DefaultSet } from '../library/types';
import type { Phrase, Template } from './types';

export interface MergeReport {
  added: { phrases: number; templates: number; categories: number };
  skipped: boolean;
}

export function categoryTombstone(id: string): string {
  return `category:${id}`;
}

export async function readTombstones(db: LibraryDb): Promise<Set<string>> {
  const row = await db.meta.get(META_TOMBSTONES);
  return new Set(Array.isArray(row?.value) ? (row.value as string[]) : []);
}

/** Must be called inside a transaction that includes `meta`. */
export async function addTombstone(db: LibraryDb, id: string): Promise<void> {
  const tombstones = await readTombstones(db);
  tombstones.add(id);
  await db.meta.put({ key: META_TOMBSTONES, value: [...tombstones] });
}

export async function mergeDefaults(db: LibraryDb, set: DefaultSet, now = Date.now()): Promise<MergeReport> {
  return db.transaction('rw', [db.phrases, db.templates, db.categories, db.meta], async () => {
    const added = { phrases: 0, templates: 0, categories: 0 };
    const versionRow = await db.meta.get(META_DEFAULTS_VERSION);
    const mergedVersion = typeof versionRow?.value === 'number' ? versionRow.value : 0;
    if (mergedVersion >= set.version) return { added, skipped: true };

    const tombstones = await readTombstones(db);
    const presentIds = new Set<string>([
      ...((await db.phrases.orderBy('defaultId').keys()) as string[]),
      ...((await db.templates.orderBy('defaultId').keys()) as string[]),
    ]);
    const phraseTexts = new Set((await db.phrases.orderBy('text').keys()) as string[]);
    const templateNames = new Set((await db.templates.orderBy('name').keys()) as string[]);

    const categoryIds = new Set((await db.categories.toCollection().primaryKeys()) as string[]);
    const newCategories = set.categories
      .filter((c) => !categoryIds.has(c.id) && !tombstones.has(categoryTombstone(c.id)))
      .map((c) => ({ ...c, source: 'default' as const }));
    await db.categories.bulkAdd(newCategories);
    added.categories = newCategories.length;

    const wanted = (id: string) => !presentIds.has(id) && !tombstones.has(id);
    const phrases: Phrase[] = set.phrases
      .filter((p) => wanted(p.defaultId) && !phraseTexts.has(p.text))
      .map((p) => ({
        text: p.text,
        category: p.category,
        tags: [...p.tags],
        source: 'default',
        defaultId: p.defaultId,
        favourite: false,
        createdAt: now,
        updatedAt: now,
      }));
    await db.phrases.bulkAdd(phrases);
    added.phrases = phrases.length;

    const templates: Template[] = set.templates
      .filter((t) => wanted(t.defaultId) && !templateNames.has(t.name))
      .map((t) => ({
        name: t.name,
        kind: t.kind,
        body: t.body,
        source: 'default',
        defaultId: t.defaultId,
        createdAt: now,
        updatedAt: now,
      }));
    await db.templates.bulkAdd(templates);
    added.templates = templates.length;

    await db.meta.put({ key: META_DEFAULTS_VERSION, value: set.version });
    return { added, skipped: false };
  });
}
