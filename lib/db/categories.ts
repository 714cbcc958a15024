// Category repository.
import { openLibrary } from './connection';
import { addTombstone, categoryTombstone } from './defaults';
import { guarded } from './errors';
import { requireText } from './input-error';
import { LIMITS } from './limits';
import type { Category } from './types';
import { FALLBACK_CATEGORY } from '../library/categories';

const NAME = { zh: '分类名称', en: 'Category name' };

export async function listCategories(): Promise<Category[]> {
  return guarded(async () => (await openLibrary()).categories.orderBy('order').toArray());
}

/** Adds a user category; its id is derived from the name and returned. */
export async function addCategory(name: string): Promise<string> {
  const clean = requireText(name, LIMITS.nameChars, NAME);
  return guarded(async () => {
    const db = await openLibrary();
    return db.transaction('rw', db.categories, async () => {
      const all = await db.categories.toArray();
      const same = all.find((c) => c.name.zh === clean || c.name.en === clean);
      if (same) return same.id;
      let id = `user-${clean}`;
      for (let n = 2; all.some((c) => c.id === id); n++) id = `user-${clean}-${n}`;
      const order = Math.max(0, ...all.filter((c) => c.id !== FALLBACK_CATEGORY).map((c) => c.order)) + 1;
      await db.categories.add({ id, name: { zh: clean, en: clean }, order, source: 'user' });
      return id;
    });
  });
}

export async function renameCategory(id: string, name: string): Promise<void> {
  const clean = requireText(name, LIMITS.nameChars, NAME);
  await guarded(async () => {
    await (await openLibrary()).categories.update(id, { name: { zh: clean, en: clean } });
  });
}

/** Deletes a category; its phrases move to the fallback category, never lost. */
export async function deleteCategory(id: string): Promise<void> {
  if (id === FALLBACK_CATEGORY) return;
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', [db.categories, db.phrases, db.meta], async () => {
      const category = await db.categories.get(id);
      if (!category) return;
      await db.phrases.where('category').equals(id).modify({ category: FALLBACK_CATEGORY });
      if (category.source === 'default') await addTombstone(db, categoryTombstone(id));
      await db.categories.delete(id);
    });
  });
}
