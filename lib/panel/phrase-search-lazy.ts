// Searching by pinyin needs the pinyin dictionary: lib/phrase-search (and pinyin-pro) load on
// the first non-empty query, never in the panel's initial bundle. The index is rebuilt
// incrementally as the phrase list changes.
import type { Phrase, Usage } from '../db/types';
import type { PhraseIndex } from '../phrase-search';

type Indexed = Phrase & { id: number };
let index: PhraseIndex<Indexed> | undefined;

export async function searchPhrasesLazily(phrases: Phrase[], query: string, usage: Usage[] = []): Promise<Phrase[]> {
  if (!query.trim()) return phrases;
  const { buildPhraseIndex } = await import('../phrase-search');
  const withIds = phrases.filter((p): p is Indexed => p.id !== undefined);
  index = await buildPhraseIndex(withIds, index);
  const usageById = new Map(usage.map((u) => [u.phraseId, u]));
  return index.search(query, { usage: usageById }).map((hit) => hit.phrase);
}
