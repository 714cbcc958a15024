// Searching by pinyin needs the pinyin dictionary: it is loaded with the search module on the
// first non-empty query, never in the panel's initial bundle.
import type { Phrase } from '../db/types';

export async function searchPhrasesLazily(phrases: Phrase[], query: string): Promise<Phrase[]> {
  const q = query.trim();
  if (!q) return phrases;
  // TODO(panel): switch to lib/phrase-search (pinyin) once the library commits it.
  return phrases.filter((p) => p.text.includes(q));
}
