// Phrase repository.
import { openLibrary } from './connection';
import { addTombstone } from './defaults';
import { guarded } from './errors';
import { LibraryInputError, requireText } from './input-error';
import { LIMITS } from './limits';
import type { Phrase } from './types';
import { FALLBACK_CATEGORY } from '../library/categories';

const WHAT = { zh: '常用语内容', en: 'Phrase text' };

export interface NewPhrase {
  text: string;
  category?: string;
  tags?: string[];
  favourite?: boolean;
}

function cleanTags(tags: string[] | undefined): string[] {
  const out = new Set<string>();
  for (const tag of tags ?? []) {
    const t = tag.trim().slice(0, LIMITS.tagChars);
    if (t) out.add(t);
    if (out.size >= LIMITS.tagsPerPhrase) break;
  }
  return [...out];
}

export async function listPhrases(): Promise<Phrase[]> {
  return guarded(async () => (await openLibrary()).phrases.toArray());
}

export async function getPhrase(id: number): Promise<Phrase | undefined> {
  return guarded(async () => (await openLibrary()).phrases.get(id));
}

/** Adds a user phrase; an identical text already in the library is returned instead of duplicated. */
export async function addPhrase(input: NewPhrase, now = Date.now()): Promise<number> {
  const text = requireText(input.text, LIMITS.phraseChars, WHAT);
  return guarded(async () => {
    const db = await openLibrary();
    return db.transaction('rw', db.phrases, async () => {
      const existing = await db.phrases.where('text').equals(text).first();
      if (existing?.id !== undefined) return existing.id;
      return (await db.phrases.add({
        text,
        category: input.category?.trim() || FALLBACK_CATEGORY,
        tags: cleanTags(input.tags),
        source: 'user',
        favourite: Boolean(input.favourite),
        createdAt: now,
        updatedAt: now,
      })) as number;
    });
  });
}

export type PhraseChanges = Partial<Pick<Phrase, 'text' | 'category' | 'tags' | 'favourite'>>;

const GONE = {
  zh: '这条常用语已在其他窗口中被删除，您的修改没有保存。',
  en: 'This phrase was deleted in another window; your edit was not saved.',
};
const STALE = {
  zh: '这条常用语已在其他窗口中被修改，您的修改没有保存。请取消后重新编辑。',
  en: 'This phrase was changed in another window; your edit was not saved. Cancel and edit it again.',
};
const DUPLICATE = {
  zh: '已有内容相同的另一条常用语，没有保存。',
  en: 'Another phrase already has this text; nothing was saved.',
};

/** What an edit form loaded: the save is refused if the row changed since (another panel saved). */
export type PhraseBase = Pick<Phrase, 'updatedAt' | 'text' | 'category'>;

/**
 * Edits a phrase. With `base` (the phrase as the form loaded it), an edit of text or category that
 * another panel made since is not overwritten. A phrase deleted meanwhile, or a text another phrase
 * already has, is refused with a message.
 */
export async function updatePhrase(id: number, changes: PhraseChanges, now = Date.now(), base?: PhraseBase): Promise<void> {
  const patch: Partial<Phrase> = { updatedAt: now };
  if (changes.text !== undefined) patch.text = requireText(changes.text, LIMITS.phraseChars, WHAT);
  if (changes.category !== undefined) patch.category = changes.category.trim() || FALLBACK_CATEGORY;
  if (changes.tags !== undefined) patch.tags = cleanTags(changes.tags);
  if (changes.favourite !== undefined) patch.favourite = changes.favourite;
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', db.phrases, async () => {
      const current = await db.phrases.get(id);
      if (!current) throw new LibraryInputError(GONE);
      // Favourites and tags change without touching what the form edits: only those fields count.
      if (base && current.updatedAt !== base.updatedAt && (current.text !== base.text || current.category !== base.category))
        throw new LibraryInputError(STALE);
      if (patch.text !== undefined && patch.text !== current.text) {
        const other = await db.phrases.where('text').equals(patch.text).first();
        if (other && other.id !== id) throw new LibraryInputError(DUPLICATE);
      }
      await db.phrases.update(id, patch);
    });
  });
}

export async function setFavourite(id: number, favourite: boolean): Promise<void> {
  await updatePhrase(id, { favourite });
}

/** Deletes a phrase and its usage; a deleted default is remembered so updates never bring it back. */
export async function deletePhrase(id: number): Promise<void> {
  await guarded(async () => {
    const db = await openLibrary();
    await db.transaction('rw', [db.phrases, db.usage, db.meta], async () => {
      const phrase = await db.phrases.get(id);
      if (!phrase) return;
      if (phrase.defaultId) await addTombstone(db, phrase.defaultId);
      await db.phrases.delete(id);
      await db.usage.delete(id);
    });
  });
}
